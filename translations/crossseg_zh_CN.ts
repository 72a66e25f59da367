<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>crossseg::ui::CorrectionToolBar</name>
    <message>
        <source>Correction</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Click to move the crosshair (N)</source>
        <translation>单击移动十字准线 (N)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Paint the active label (B)</source>
        <translation>绘制当前标签 (B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Erase to background (E)</source>
        <translation>擦除为背景 (E)</translation>
    </message>
    <message>
        <source>Brush size:</source>
        <translation>画笔大小：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DatasetPanel</name>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>辅助</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Double-click a case to open it</source>
        <translation>双击打开病例</translation>
    </message>
    <message>
        <source>No dataset open. Use File → Open dataset, or drop a dataset folder or manifest here.</source>
        <translation>未打开数据集。请使用 文件 → 打开数据集，或将数据集文件夹或清单拖放到此处。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;（%2，%n 个病例）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n case(s)</source>
        <translation>
            <numerusform>%1（%2）— %n 个病例</numerusform>
        </translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>无标签</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelEditor</name>
    <message numerus="yes">
        <source>Erase %n voxel(s)</source>
        <translation>
            <numerusform>擦除 %n 个体素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paint %n voxel(s)</source>
        <translation>
            <numerusform>绘制 %n 个体素</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no labels to save.</source>
        <translation>没有可保存的标签。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelTablePanel</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Select the label the brush paints; double-click a colour to change it</source>
        <translation>选择画笔绘制的标签；双击颜色可更改</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <source>Load an ITK-SNAP label description file</source>
        <translation>加载 ITK-SNAP 标签描述文件</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the labels as an ITK-SNAP label description file</source>
        <translation>将标签保存为 ITK-SNAP 标签描述文件</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>仅轮廓</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Load label descriptions</source>
        <translation>加载标签描述</translation>
    </message>
    <message>
        <source>ITK-SNAP label descriptions (*.txt *.label);;All files (*)</source>
        <translation>ITK-SNAP 标签描述 (*.txt *.label);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not load the label descriptions.</source>
        <translation>无法加载标签描述。</translation>
    </message>
    <message>
        <source>Save label descriptions</source>
        <translation>保存标签描述</translation>
    </message>
    <message>
        <source>ITK-SNAP label descriptions (*.txt *.label)</source>
        <translation>ITK-SNAP 标签描述 (*.txt *.label)</translation>
    </message>
    <message>
        <source>Could not save the label descriptions.</source>
        <translation>无法保存标签描述。</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LogPanel</name>
    <message>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Show from level:</source>
        <translation>显示级别不低于：</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>审阅已保存到 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open dataset folder…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;manifest…</source>
        <translation>打开清单(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save labels</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <source>Save labels &amp;as…</source>
        <translation>标签另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Window: automatic (MR)</source>
        <translation>窗口：自动（MR）</translation>
    </message>
    <message>
        <source>Window: CT abdomen</source>
        <translation>窗口：CT 腹部</translation>
    </message>
    <message>
        <source>Window: CT soft tissue</source>
        <translation>窗口：CT 软组织</translation>
    </message>
    <message>
        <source>Label &amp;outlines</source>
        <translation>标签轮廓(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Hide labels</source>
        <translation>隐藏标签(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom and pan</source>
        <translation>重置缩放和平移(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;prediction…</source>
        <translation>打开预测(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Needs correction</source>
        <translation>需要修正(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>保存审阅(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Nothing to save: open a prediction file first.</source>
        <translation>没有可保存的内容：请先打开预测文件。</translation>
    </message>
    <message>
        <source>Re&amp;compute metrics</source>
        <translation>重新计算指标(&amp;C)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CrossSeg Studio</source>
        <translation>关于 CrossSeg Studio(&amp;A)</translation>
    </message>
    <message>
        <source>CrossSeg Studio</source>
        <translation>CrossSeg Studio</translation>
    </message>
    <message>
        <source>Opening dataset</source>
        <translation>正在打开数据集</translation>
    </message>
    <message>
        <source>Could not open the dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>The dataset %1 could not be opened.</source>
        <translation>无法打开数据集 %1。</translation>
    </message>
    <message>
        <source>There is no case %1 in the open dataset.</source>
        <translation>当前数据集中没有病例 %1。</translation>
    </message>
    <message>
        <source>Loading case</source>
        <translation>正在加载病例</translation>
    </message>
    <message>
        <source>Could not load case %1</source>
        <translation>无法加载病例 %1</translation>
    </message>
    <message>
        <source>Case %1 could not be loaded.</source>
        <translation>无法加载病例 %1。</translation>
    </message>
    <message>
        <source>The prediction does not lie on the grid of case %1.</source>
        <translation>预测与病例 %1 的网格不一致。</translation>
    </message>
    <message>
        <source>Open a case first: a prediction is shown on its case.</source>
        <translation>请先打开病例：预测显示在其对应的病例上。</translation>
    </message>
    <message>
        <source>The prediction could not be opened.</source>
        <translation>无法打开预测。</translation>
    </message>
    <message>
        <source>Labels saved to %1</source>
        <translation>标签已保存到 %1</translation>
    </message>
    <message>
        <source>The labels could not be saved.</source>
        <translation>无法保存标签。</translation>
    </message>
    <message>
        <source>There are no labels to save.</source>
        <translation>没有可保存的标签。</translation>
    </message>
    <message>
        <source>Save labels as</source>
        <translation>标签另存为</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</source>
        <translation>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</translation>
    </message>
    <message>
        <source>Overwrite a source file?</source>
        <translation>覆盖源文件？</translation>
    </message>
    <message>
        <source>%1 is one of this case&apos;s source files. Overwrite it with the corrected labels? The original will be lost.</source>
        <translation>%1 是该病例的源文件之一。要用修正后的标签覆盖它吗？原文件将丢失。</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>未保存的修正</translation>
    </message>
    <message>
        <source>The labels of case %1 have unsaved corrections. Save them?</source>
        <translation>病例 %1 的标签有未保存的修正。是否保存？</translation>
    </message>
    <message>
        <source>Voxel (%1, %2, %3)   value %4   position (%5, %6, %7) mm LPS</source>
        <translation>体素 (%1, %2, %3)   值 %4   位置 (%5, %6, %7) 毫米 LPS</translation>
    </message>
    <message>
        <source>   label %1 %2</source>
        <translation>   标签 %1 %2</translation>
    </message>
    <message>
        <source>Open dataset folder (MM-WHS or nnU-Net)</source>
        <translation>打开数据集文件夹（MM-WHS 或 nnU-Net）</translation>
    </message>
    <message>
        <source>Open dataset manifest</source>
        <translation>打开数据集清单</translation>
    </message>
    <message>
        <source>Dataset manifest (*.json)</source>
        <translation>数据集清单 (*.json)</translation>
    </message>
    <message>
        <source>Open prediction of case %1</source>
        <translation>打开病例 %1 的预测</translation>
    </message>
    <message>
        <source>Label volumes (*.nii.gz *.nii *.mha *.mhd *.nrrd)</source>
        <translation>标签体数据 (*.nii.gz *.nii *.mha *.mhd *.nrrd)</translation>
    </message>
    <message>
        <source>About CrossSeg Studio</source>
        <translation>关于 CrossSeg Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;Cross-modality medical image segmentation with online mutual knowledge distillation.</source>
        <translation>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;基于在线互知识蒸馏的跨模态医学图像分割。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language takes effect when CrossSeg Studio is started again.</source>
        <translation>新语言将在下次启动 CrossSeg Studio 时生效。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ReviewPanel</name>
    <message>
        <source>No prediction to review. Open one with Review → Open prediction…</source>
        <translation>没有待审阅的预测。请通过 审阅 → 打开预测… 打开。</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>HD95 (mm)</source>
        <translation>HD95（毫米）</translation>
    </message>
    <message>
        <source>ASSD (mm)</source>
        <translation>ASSD（毫米）</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>体积（毫升）</translation>
    </message>
    <message>
        <source>Reference (ml)</source>
        <translation>参考（毫升）</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Comment (what is wrong, what was corrected)</source>
        <translation>备注（哪里有误，修正了什么）</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存审阅</translation>
    </message>
    <message>
        <source>Recompute metrics</source>
        <translation>重新计算指标</translation>
    </message>
    <message>
        <source>Compare the labels as they are now (after corrections) with the reference</source>
        <translation>将当前标签（修正后）与参考进行比较</translation>
    </message>
    <message>
        <source>No prediction to review.</source>
        <translation>没有待审阅的预测。</translation>
    </message>
    <message>
        <source>The saved review could not be read.</source>
        <translation>无法读取已保存的审阅。</translation>
    </message>
    <message>
        <source>Case %1, prediction %2. Review file: %3</source>
        <translation>病例 %1，预测 %2。审阅文件：%3</translation>
    </message>
    <message>
        <source>Case %1, prediction not saved yet: save it (File → Save labels as…) to keep a review.</source>
        <translation>病例 %1，预测尚未保存：请先保存（文件 → 标签另存为…）以保留审阅。</translation>
    </message>
    <message>
        <source>The metrics could not be computed.</source>
        <translation>无法计算指标。</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>无法保存审阅。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Mouse wheel, Up / Down</source>
        <translation>鼠标滚轮，上 / 下</translation>
    </message>
    <message>
        <source>Next / previous slice</source>
        <translation>下一层 / 上一层</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Ten slices forward / back</source>
        <translation>前进 / 后退十层</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + 鼠标滚轮</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Middle drag</source>
        <translation>中键拖动</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Right drag</source>
        <translation>右键拖动</translation>
    </message>
    <message>
        <source>Window (horizontal) and level (vertical)</source>
        <translation>窗宽（水平）和窗位（垂直）</translation>
    </message>
    <message>
        <source>Left click / drag</source>
        <translation>左键单击 / 拖动</translation>
    </message>
    <message>
        <source>Move the crosshair, or paint with the brush or eraser</source>
        <translation>移动十字准线，或用画笔、橡皮擦绘制</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Reset zoom and pan</source>
        <translation>重置缩放和平移</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceView</name>
    <message>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>R</source>
        <translation>右</translation>
    </message>
    <message>
        <source>L</source>
        <translation>左</translation>
    </message>
    <message>
        <source>A</source>
        <translation>前</translation>
    </message>
    <message>
        <source>P</source>
        <translation>后</translation>
    </message>
    <message>
        <source>S</source>
        <translation>上</translation>
    </message>
    <message>
        <source>I</source>
        <translation>下</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceViewsPanel</name>
    <message>
        <source>Automatic (MR, percentiles)</source>
        <translation>自动（MR，百分位）</translation>
    </message>
    <message>
        <source>CT abdomen (W 400, L 40)</source>
        <translation>CT 腹部（窗宽 400，窗位 40）</translation>
    </message>
    <message>
        <source>CT soft tissue (W 350, L 50)</source>
        <translation>CT 软组织（窗宽 350，窗位 50）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Intensity window presets; right-drag in a view adjusts the window freely</source>
        <translation>强度窗预设；在视图中右键拖动可自由调整窗口</translation>
    </message>
    <message>
        <source>Window preset:</source>
        <translation>窗口预设：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗宽：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>窗位：</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>三维视图</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cross-modality medical image segmentation</source>
        <translation>跨模态医学图像分割</translation>
    </message>
    <message>
        <source>Open this dataset (manifest JSON, MM-WHS or nnU-Net folder) at start.</source>
        <translation>启动时打开此数据集（清单 JSON、MM-WHS 或 nnU-Net 文件夹）。</translation>
    </message>
    <message>
        <source>Then open this case of the dataset.</source>
        <translation>然后打开数据集中的此病例。</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>同时记录调试信息。</translation>
    </message>
</context>
</TS>
