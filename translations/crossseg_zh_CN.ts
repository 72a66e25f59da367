<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PredictionFileReader</name>
    <message>
        <location filename="../ui/review/PredictionFileReader.cpp" line="+33"/>
        <source>Open prediction</source>
        <translation>打开预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values in %1 can be read as class indices (a prediction) or as the dataset&apos;s label codes (a saved correction). How is it coded?</source>
        <translation>%1 中的数值既可读作类别索引（预测），也可读作数据集的标签编码（已保存的修正）。它是如何编码的？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class indices</source>
        <translation>类别索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset label codes</source>
        <translation>数据集标签编码</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::AlignmentView</name>
    <message>
        <location filename="../ui/alignment/AlignmentView.cpp" line="+28"/>
        <source>MR (assistant)</source>
        <translation>MR（辅助）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR after the IAM (CT-like)</source>
        <translation>经 IAM 转换后的 MR（类 CT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT (target)</source>
        <translation>CT（目标）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slice position:</source>
        <translation>切片位置：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>MR %1/%2, CT %3/%4</source>
        <translation>MR %1/%2，CT %3/%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no MR case</source>
        <translation>无 MR 病例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no CT case</source>
        <translation>无 CT 病例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image alignment module</source>
        <translation>无图像对齐模块</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>translating…</source>
        <translation>正在转换…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>translation failed: %1</source>
        <translation>转换失败：%1</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::AlignmentWindow</name>
    <message>
        <location filename="../ui/alignment/AlignmentWindow.cpp" line="+18"/>
        <source>Alignment view - %1</source>
        <translation>对齐视图 - %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MR case:</source>
        <translation>MR 病例：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CT case:</source>
        <translation>CT 病例：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the run&apos;s slice cache: %1</source>
        <translation>无法读取该运行的切片缓存：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no image alignment module</source>
        <translation>无图像对齐模块</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::BackgroundPrediction</name>
    <message>
        <location filename="../ui/tasks/BackgroundPrediction.cpp" line="+46"/>
        <source>Prediction cancelled.</source>
        <translation>预测已取消。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::CorrectionToolBar</name>
    <message>
        <location filename="../ui/editing/CorrectionToolBar.cpp" line="+15"/>
        <source>Correction</source>
        <translation>修正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigate</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to move the crosshair (N)</source>
        <translation>单击移动十字准线 (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint the active label (B)</source>
        <translation>绘制当前标签 (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase to background (E)</source>
        <translation>擦除为背景 (E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brush size:</source>
        <translation>画笔大小：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DatasetPanel</name>
    <message>
        <location filename="../ui/dataset/DatasetPanel.cpp" line="+18"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>辅助</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a case to open it</source>
        <translation>双击打开病例</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No dataset open. Use File → Open dataset, or drop a dataset folder or manifest here.</source>
        <translation>未打开数据集。请使用 文件 → 打开数据集，或将数据集文件夹或清单拖放到此处。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;（%2，%n 个病例）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (%2) — %n case(s)</source>
        <translation>
            <numerusform>%1（%2）— %n 个病例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no label</source>
        <translation>无标签</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+38"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DatasetSelectionPage</name>
    <message>
        <location filename="../ui/wizard/DatasetSelectionPage.cpp" line="+21"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one dataset that holds both modalities, or two datasets with one modality each (a manifest JSON, an MM-WHS folder or an nnU-Net folder).</source>
        <translation>请选择一个包含两种模态的数据集，或两个各含一种模态的数据集（清单 JSON、MM-WHS 文件夹或 nnU-Net 文件夹）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path of a dataset folder or manifest</source>
        <translation>数据集文件夹或清单的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder...</source>
        <translation>文件夹...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifest...</source>
        <translation>清单...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At most two datasets: one for the target, one for the assistant.</source>
        <translation>最多两个数据集：一个用于目标模态，一个用于辅助模态。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the dataset: %1</source>
        <translation>无法打开数据集：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset manifest</source>
        <translation>数据集清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manifest (*.json);;All files (*)</source>
        <translation>清单 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DeviceSelectionPage</name>
    <message>
        <location filename="../ui/wizard/DeviceSelectionPage.cpp" line="+13"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the CPU or on a CUDA GPU. Only devices that this build of LibTorch can use are listed.</source>
        <translation>在 CPU 或 CUDA GPU 上训练。仅列出此 LibTorch 构建可以使用的设备。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 - %2, %3 GiB</source>
        <translation>%1 - %2，%3 GiB</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelEditor</name>
    <message numerus="yes">
        <location filename="../ui/editing/LabelEditor.cpp" line="+61"/>
        <source>Erase %n voxel(s)</source>
        <translation>
            <numerusform>擦除 %n 个体素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Paint %n voxel(s)</source>
        <translation>
            <numerusform>绘制 %n 个体素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no labels to save.</source>
        <translation>没有可保存的标签。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelFileController</name>
    <message>
        <location filename="../ui/editing/LabelFileController.cpp" line="+27"/>
        <source>Labels saved to %1</source>
        <translation>标签已保存到 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The labels could not be saved.</source>
        <translation>无法保存标签。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no labels to save.</source>
        <translation>没有可保存的标签。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save labels as</source>
        <translation>标签另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</source>
        <translation>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite a source file?</source>
        <translation>覆盖源文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is one of this case&apos;s source files. Overwrite it with the corrected labels? The original will be lost.</source>
        <translation>%1 是该病例的源文件之一。要用修正后的标签覆盖它吗？原文件将丢失。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved corrections</source>
        <translation>未保存的修正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The labels of case %1 have unsaved corrections. Save them?</source>
        <translation>病例 %1 的标签有未保存的修正。是否保存？</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelSetCheckPage</name>
    <message>
        <location filename="../ui/wizard/LabelSetCheckPage.cpp" line="+16"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class %1 &lt;- values %2</source>
        <translation>类别 %1 &lt;- 值 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label sets</source>
        <translation>标签集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both modalities must label the same structures: each shared class is listed with the label values that map onto it in the target and in the assistant.</source>
        <translation>两种模态必须标注相同的结构：下表列出每个共享类别，以及目标模态和辅助模态中映射到该类别的标签值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared class</source>
        <translation>共享类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>辅助模态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No dataset is open.</source>
        <translation>没有打开的数据集。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISMATCH</source>
        <translation>不匹配</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Both label sets map onto the same %n class(es).</source>
        <translation>
            <numerusform>两个标签集都映射到相同的 %n 个类别。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label sets do not match; training cannot start:
%1</source>
        <translation>标签集不匹配，无法开始训练：
%1</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelTablePanel</name>
    <message>
        <location filename="../ui/labels/LabelTablePanel.cpp" line="+30"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the label the brush paints; double-click a colour to change it</source>
        <translation>选择画笔绘制的标签；双击颜色可更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load an ITK-SNAP label description file</source>
        <translation>加载 ITK-SNAP 标签描述文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the labels as an ITK-SNAP label description file</source>
        <translation>将标签保存为 ITK-SNAP 标签描述文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outline only</source>
        <translation>仅轮廓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Load label descriptions</source>
        <translation>加载标签描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITK-SNAP label descriptions (*.txt *.label);;All files (*)</source>
        <translation>ITK-SNAP 标签描述 (*.txt *.label);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the label descriptions.</source>
        <translation>无法加载标签描述。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save label descriptions</source>
        <translation>保存标签描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITK-SNAP label descriptions (*.txt *.label)</source>
        <translation>ITK-SNAP 标签描述 (*.txt *.label)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the label descriptions.</source>
        <translation>无法保存标签描述。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LogPanel</name>
    <message>
        <location filename="../ui/log/LogPanel.cpp" line="+59"/>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show from level:</source>
        <translation>显示级别不低于：</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::MainWindow</name>
    <message>
        <location filename="../ui/studio/MainWindow.cpp" line="+85"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Review saved to %1</source>
        <translation>审阅已保存到 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open dataset folder…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;manifest…</source>
        <translation>打开清单(&amp;M)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save labels</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save labels &amp;as…</source>
        <translation>标签另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Window: automatic (percentiles)</source>
        <translation>窗口：自动（百分位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window: CT abdomen</source>
        <translation>窗口：CT 腹部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window: CT soft tissue</source>
        <translation>窗口：CT 软组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label &amp;outlines</source>
        <translation>标签轮廓(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide labels</source>
        <translation>隐藏标签(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reset zoom and pan</source>
        <translation>重置缩放和平移(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;prediction…</source>
        <translation>打开预测(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs correction</source>
        <translation>需要修正(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save review</source>
        <translation>保存审阅(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to save: open a prediction file first.</source>
        <translation>没有可保存的内容：请先打开预测文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;compute metrics</source>
        <translation>重新计算指标(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CrossSeg Studio</source>
        <translation>关于 CrossSeg Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+164"/>
        <source>CrossSeg Studio</source>
        <translation>CrossSeg Studio</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Opening dataset</source>
        <translation>正在打开数据集</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dataset %1 could not be opened.</source>
        <translation>无法打开数据集 %1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no case %1 in the open dataset.</source>
        <translation>当前数据集中没有病例 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading case</source>
        <translation>正在加载病例</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load case %1</source>
        <translation>无法加载病例 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 could not be loaded.</source>
        <translation>无法加载病例 %1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The prediction does not lie on the grid of case %1.</source>
        <translation>预测与病例 %1 的网格不一致。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+69"/>
        <source>Open a case first: a prediction is shown on its case.</source>
        <translation>请先打开病例：预测显示在其对应的病例上。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 holds the dataset&apos;s label codes; read through its label map.</source>
        <translation>%1 使用数据集的标签编码；已按其标签映射读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prediction could not be opened.</source>
        <translation>无法打开预测。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open dataset folder (MM-WHS or nnU-Net)</source>
        <translation>打开数据集文件夹（MM-WHS 或 nnU-Net）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open dataset manifest</source>
        <translation>打开数据集清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset manifest (*.json)</source>
        <translation>数据集清单 (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open prediction of case %1</source>
        <translation>打开病例 %1 的预测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label volumes (*.nii.gz *.nii *.mha *.mhd *.nrrd)</source>
        <translation>标签体数据 (*.nii.gz *.nii *.mha *.mhd *.nrrd)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About CrossSeg Studio</source>
        <translation>关于 CrossSeg Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;Cross-modality medical image segmentation with online mutual knowledge distillation.</source>
        <translation>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;基于在线互知识蒸馏的跨模态医学图像分割。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::MethodSelectionPage</name>
    <message>
        <location filename="../ui/wizard/MethodSelectionPage.cpp" line="+34"/>
        <source>The full method: an image alignment module turns MR into CT-like images, then two segmentors (S_real on CT, S_syn on aligned MR) teach each other; the ensemble of both predicts.</source>
        <translation>完整方法：图像对齐模块把 MR 转换成类 CT 图像，然后两个分割器（在 CT 上的 S_real 与在对齐后 MR 上的 S_syn）互相学习；由二者的集成进行预测。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mutual distillation of the two segmentors without the alignment module.</source>
        <translation>两个分割器之间的相互蒸馏，不使用对齐模块。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: one U-Net trained on the labelled target cases only.</source>
        <translation>基线：一个仅在已标注目标病例上训练的 U-Net。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline: one U-Net trained on the assistant modality, applied to the target (no adaptation).</source>
        <translation>基线：一个在辅助模态上训练、直接用于目标模态的 U-Net（无域适应）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: one U-Net trained on target and assistant slices together.</source>
        <translation>基线：一个在目标与辅助切片上共同训练的 U-Net。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds: a tiny network and a few iterations, to check that everything runs.</source>
        <translation>数秒：极小的网络和少量迭代，用于检查一切能否运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper&apos;s setting (256 x 256, deeper network): for a GPU.</source>
        <translation>论文中的设置（256 x 256，更深的网络）：适用于 GPU。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method and profile</source>
        <translation>方法与配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to train, how long, and from how many labelled target cases.</source>
        <translation>训练什么、训练多久，以及使用多少个已标注目标病例。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile file...</source>
        <translation>配置文件...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training profile</source>
        <translation>训练配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile (*.json);;All files (*)</source>
        <translation>配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled target cases (K):</source>
        <translation>已标注目标病例数（K）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This profile cannot be used: %1</source>
        <translation>无法使用此配置：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A profile file (JSON): overrides on a named profile, read as the command line reads --profile.</source>
        <translation>配置文件（JSON）：对某个命名配置的覆盖项，读取方式与命令行的 --profile 相同。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>A few minutes on a laptop CPU, sized for the demo phantom (64 x 64).</source>
        <translation>在笔记本 CPU 上几分钟，按演示体模设计（64 x 64）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 15 minutes on a laptop CPU for the full method: 96 x 96 images, a short schedule.</source>
        <translation>完整方法在笔记本 CPU 上约 15 分钟：96 x 96 图像，较短的训练计划。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when CrossSeg Studio is started again.</source>
        <translation>新语言将在下次启动 CrossSeg Studio 时生效。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ReviewPanel</name>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="+44"/>
        <source>No prediction to review. Open one with Review → Open prediction…</source>
        <translation>没有待审阅的预测。请通过 审阅 → 打开预测… 打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HD95 (mm)</source>
        <translation>HD95（毫米）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSD (mm)</source>
        <translation>ASSD（毫米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume (ml)</source>
        <translation>体积（毫升）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference (ml)</source>
        <translation>参考（毫升）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs correction</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment (what is wrong, what was corrected)</source>
        <translation>备注（哪里有误，修正了什么）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save review</source>
        <translation>保存审阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute metrics</source>
        <translation>重新计算指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the labels as they are now (after corrections) with the reference</source>
        <translation>将当前标签（修正后）与参考进行比较</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+27"/>
        <source>No prediction to review.</source>
        <translation>没有待审阅的预测。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The saved review could not be read.</source>
        <translation>无法读取已保存的审阅。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1, prediction %2. Review file: %3</source>
        <translation>病例 %1，预测 %2。审阅文件：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1, prediction not saved yet: save it (File → Save labels as…) to keep a review.</source>
        <translation>病例 %1，预测尚未保存：请先保存（文件 → 标签另存为…）以保留审阅。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The metrics could not be computed.</source>
        <translation>无法计算指标。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The review could not be saved.</source>
        <translation>无法保存审阅。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::RoleAssignmentPage</name>
    <message>
        <location filename="../ui/wizard/RoleAssignmentPage.cpp" line="+20"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target modality is the one to segment (few or no labels, e.g. CT); the assistant modality is labelled and lends its knowledge (e.g. MR).</source>
        <translation>目标模态是要分割的模态（标签很少或没有，例如 CT）；辅助模态带有标注并提供其知识（例如 MR）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target:</source>
        <translation>目标模态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant:</source>
        <translation>辅助模态：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target and assistant must be different modalities.</source>
        <translation>目标模态与辅助模态必须不同。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 (%3 cases, %4 labelled)</source>
        <translation>%1：%2（%3 个病例，%4 个已标注）</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::RunsPanel</name>
    <message>
        <location filename="../ui/runs/RunsPanel.cpp" line="+21"/>
        <source>Folder...</source>
        <translation>文件夹...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best Dice</source>
        <translation>最佳 Dice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict...</source>
        <translation>预测...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Runs folder</source>
        <translation>运行记录文件夹</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Runs in %1</source>
        <translation>%1 中的运行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no status)</source>
        <translation>（无状态）</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ShortcutListDialog</name>
    <message>
        <location filename="../ui/preferences/ShortcutListDialog.cpp" line="+12"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mouse wheel, Up / Down</source>
        <translation>鼠标滚轮，上 / 下</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous slice</source>
        <translation>下一层 / 上一层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ten slices forward / back</source>
        <translation>前进 / 后退十层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + 鼠标滚轮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle drag</source>
        <translation>中键拖动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right drag</source>
        <translation>右键拖动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window (horizontal) and level (vertical)</source>
        <translation>窗宽（水平）和窗位（垂直）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left click / drag</source>
        <translation>左键单击 / 拖动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the crosshair, or paint with the brush or eraser</source>
        <translation>移动十字准线，或用画笔、橡皮擦绘制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset zoom and pan</source>
        <translation>重置缩放和平移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceView</name>
    <message>
        <location filename="../ui/slices/SliceView.cpp" line="+40"/>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Oblique %1°: nearest orthogonal view</source>
        <translation>倾斜 %1°：最接近的正交视图</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+1"/>
        <source>R</source>
        <translation>右</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>L</source>
        <translation>左</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>A</source>
        <translation>前</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>P</source>
        <translation>后</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>S</source>
        <translation>上</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>I</source>
        <translation>下</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceViewsPanel</name>
    <message>
        <location filename="../ui/slices/SliceViewsPanel.cpp" line="+20"/>
        <source>Automatic (0.5-99.5 % percentiles)</source>
        <translation>自动（0.5-99.5% 百分位）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CT abdomen (W 400, L 40)</source>
        <translation>CT 腹部（窗宽 400，窗位 40）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT soft tissue (W 350, L 50)</source>
        <translation>CT 软组织（窗宽 350，窗位 50）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intensity window presets; right-drag in a view adjusts the window freely</source>
        <translation>强度窗预设；在视图中右键拖动可自由调整窗口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window preset:</source>
        <translation>窗口预设：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window:</source>
        <translation>窗宽：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level:</source>
        <translation>窗位：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3D view</source>
        <translation>三维视图</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SlurmExportDialog</name>
    <message>
        <location filename="../ui/wizard/SlurmExportDialog.cpp" line="+34"/>
        <source>Export as Slurm job</source>
        <translation>导出为 Slurm 作业</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nodes:</source>
        <translation>节点数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs per node (one rank each):</source>
        <translation>每节点 GPU 数（每个一个 rank）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs per rank:</source>
        <translation>每个 rank 的 CPU 数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition (empty: default):</source>
        <translation>分区（留空：默认）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account (empty: default):</source>
        <translation>账户（留空：默认）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crossseg on the cluster:</source>
        <translation>集群上的 crossseg：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slice cache (shared storage):</source>
        <translation>切片缓存（共享存储）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run folder (shared storage):</source>
        <translation>运行文件夹（共享存储）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save script...</source>
        <translation>保存脚本...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare the slice cache here first, then copy it to the shared storage:</source>
        <translation>请先在本机准备切片缓存，再复制到共享存储：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved %1. Submit it on the cluster with: sbatch %2</source>
        <translation>已保存 %1。在集群上提交：sbatch %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The script could not be saved: %1</source>
        <translation>无法保存脚本：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Slurm script</source>
        <translation>保存 Slurm 脚本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slurm batch script (*.sbatch *.sh)</source>
        <translation>Slurm 批处理脚本 (*.sbatch *.sh)</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SurfaceViewPanel</name>
    <message>
        <location filename="../ui/surface3d/SurfaceViewPanel.cpp" line="+58"/>
        <source>Reference: wireframe</source>
        <translation>参考：线框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: translucent</source>
        <translation>参考：半透明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: hidden</source>
        <translation>参考：隐藏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance to reference</source>
        <translation>到参考的距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour the surfaces by their distance to the reference (mm): red = too much, blue = too little</source>
        <translation>按到参考表面的距离（毫米）为表面着色：红色 = 多出，蓝色 = 缺少</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anterior view of all structures (key R)</source>
        <translation>所有结构的前视图（R 键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshot…</source>
        <translation>截图…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export meshes…</source>
        <translation>导出网格…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Extracting surfaces…</source>
        <translation>正在提取表面…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Surface extraction failed: %1</source>
        <translation>表面提取失败：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 structures, %2 triangles</source>
        <translation>%1 个结构，%2 个三角形</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save 3D view</source>
        <translation>保存三维视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export surfaces to</source>
        <translation>将表面导出到</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export meshes</source>
        <translation>导出网格</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 meshes exported</source>
        <translation>已导出 %1 个网格</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TeachingDemo</name>
    <message>
        <location filename="../ui/teaching/TeachingDemo.cpp" line="+24"/>
        <source>1. Prepare the demo</source>
        <translation>1. 准备演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. The appearance gap</source>
        <translation>2. 外观差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Image alignment (IAM)</source>
        <translation>3. 图像对齐（IAM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. S_real and S_syn</source>
        <translation>4. S_real 与 S_syn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. The ensemble</source>
        <translation>5. 集成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Against the target-only baseline</source>
        <translation>6. 与仅目标基线对比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This demo generates a synthetic cardiac phantom in CT and MR, trains the full method (mkd-iam) and a CT-only baseline with a small profile, and predicts a CT test case. Nothing is downloaded; it takes a few minutes on a laptop CPU. Press Prepare to start.</source>
        <translation>本演示会生成 CT 与 MR 两种模态的合成心脏体模，用小型配置训练完整方法（mkd-iam）和仅 CT 基线，并对一个 CT 测试病例进行预测。无需下载任何内容；在笔记本 CPU 上只需几分钟。点击“准备”开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same anatomy looks different in MR and CT: blood is bright in this MR and the intensity histograms hardly overlap. A network trained on MR alone fails on CT, although the organs have the same shapes. Move the slider: both volumes move to the same relative height.</source>
        <translation>同样的解剖结构在 MR 与 CT 中看起来不同：在此 MR 中血液是亮的，两者的强度直方图几乎不重叠。仅在 MR 上训练的网络在 CT 上会失败，尽管器官形状相同。拖动滑块：两个体数据会移动到相同的相对高度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image alignment module is a CycleGAN trained without any CT label: it turns each MR slice into a CT-like slice (middle). Compare its histogram with the CT&apos;s: the appearance gap shrinks while the anatomy, and so the MR label, stays where it was.</source>
        <translation>图像对齐模块是一个无需任何 CT 标签训练的 CycleGAN：它把每张 MR 切片转换为类 CT 切片（中间）。将其直方图与 CT 的直方图比较：外观差异缩小了，而解剖结构以及 MR 标签保持原位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two U-Nets learn side by side. S_real learns from the few labelled real CT slices; S_syn from the many labelled MR slices after translation. Each also imitates the other&apos;s softened predictions (knowledge distillation), on the other&apos;s images.</source>
        <translation>两个 U-Net 并肩学习。S_real 从少量已标注的真实 CT 切片中学习；S_syn 从大量转换后的已标注 MR 切片中学习。每个网络还会在对方的图像上模仿对方软化后的预测（知识蒸馏）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At test time the two segmentors vote: the ensemble averages their class probabilities. It is usually at least as good as the better of the two, and steadier.</source>
        <translation>测试时两个分割器共同投票：集成对它们的类别概率取平均。它通常至少与两者中较好的一个一样好，而且更稳定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The baseline trains one U-Net on the same few labelled CT cases only. The difference to the ensemble is what the labelled MR contributed. (With the tiny demo profile the numbers are noisy; the cpu-quick profile gives a fairer comparison.)</source>
        <translation>基线仅在同样少量的已标注 CT 病例上训练一个 U-Net。它与集成之间的差异就是已标注 MR 的贡献。（使用极小的演示配置时数值波动较大；cpu-quick 配置的比较更公平。）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teaching demo</source>
        <translation>教学演示</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick look (smoke profile, about a minute)</source>
        <translation>快速浏览（smoke 配置，约一分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convincing pictures (cpu-quick profile, 15-30 minutes)</source>
        <translation>更有说服力的图像（cpu-quick 配置，15–30 分钟）</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Working: %1 %2</source>
        <translation>处理中：%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training (%1): iteration %2 of %3</source>
        <translation>训练（%1）：第 %2 / %3 次迭代</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Preparing...</source>
        <translation>正在准备...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preparation stopped: %1</source>
        <translation>准备已停止：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready. Press Next.</source>
        <translation>准备就绪。请点击“下一步”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(next step)</source>
        <translation>（下一步）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no image alignment module</source>
        <translation>无图像对齐模块</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 - Dice %2</source>
        <translation>%1 - Dice %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>参考标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>S_real</source>
        <translation>S_real</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>S_syn</source>
        <translation>S_syn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ensemble</source>
        <translation>集成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ensemble (mkd-iam)</source>
        <translation>集成（mkd-iam）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target-only</source>
        <translation>仅目标</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Demo (demo profile, a few minutes)</source>
        <translation>演示（demo 配置，几分钟）</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingFeature</name>
    <message>
        <location filename="../ui/studio/TrainingFeature.cpp" line="+34"/>
        <source>Training monitor</source>
        <translation>训练监视器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New training...</source>
        <translation>新建训练(&amp;N)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train a segmentation model with the training wizard</source>
        <translation>使用训练向导训练分割模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Predict current case...</source>
        <translation>预测当前病例(&amp;P)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a trained run in the runs panel first.</source>
        <translation>请先在运行记录面板中选择一个已训练的运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training &amp;monitor</source>
        <translation>训练监视器(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Runs</source>
        <translation>运行记录(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Teaching demo</source>
        <translation>教学演示(&amp;T)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prediction of %1 done</source>
        <translation>%1 的预测已完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prediction of %1 failed.</source>
        <translation>%1 的预测失败。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A training is already running. Cancel it or wait until it ends.</source>
        <translation>已有训练正在运行。请取消它或等待其结束。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The training could not start.</source>
        <translation>训练无法开始。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The run cannot be resumed.</source>
        <translation>无法继续该运行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a case first: the prediction is shown on the case in the views.</source>
        <translation>请先打开一个病例：预测结果将叠加显示在视图中的该病例上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A prediction is already running.</source>
        <translation>已有预测正在运行。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CrossSeg Studio</source>
        <translation>CrossSeg Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intensities of %1 do not fit what the model was trained on; its prediction may be wrong.</source>
        <translation>%1 的强度与模型训练时的数据不符；预测结果可能有误。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The training failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The prediction of %1 could not be saved.</source>
        <translation>无法保存 %1 的预测结果。</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingMonitor</name>
    <message>
        <location filename="../ui/monitor/TrainingMonitor.cpp" line="+26"/>
        <source>No training running.</source>
        <translation>没有正在运行的训练。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+76"/>
        <location line="+63"/>
        <location line="+9"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training losses</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation Dice</source>
        <translation>验证 Dice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting...</source>
        <translation>正在启动...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>image alignment</source>
        <translation>图像对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segmentation</source>
        <translation>分割</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training (%1)</source>
        <translation>训练中（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iteration %1 / %2</source>
        <translation>迭代 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA %1 (%2 s/it)</source>
        <translation>预计剩余 %1（%2 秒/迭代）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mean (%1)</source>
        <translation>平均（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New best validation Dice %1 at iteration %2</source>
        <translation>新的最佳验证 Dice %1（第 %2 次迭代）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resuming...</source>
        <translation>正在继续...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled (the latest checkpoint can be resumed)</source>
        <translation>已取消（可从最新检查点继续）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingSummaryPage</name>
    <message>
        <location filename="../ui/wizard/TrainingSummaryPage.cpp" line="+19"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the choices and press Start. The training runs in the background; you can keep working.</source>
        <translation>请检查所选内容并点击“开始”。训练在后台运行，您可以继续工作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs folder:</source>
        <translation>运行记录文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name:</source>
        <translation>运行名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Slurm job...</source>
        <translation>导出为 Slurm 作业...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs folder</source>
        <translation>运行记录文件夹</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;b&gt;Target:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;目标模态：&lt;/b&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Assistant:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;辅助模态：&lt;/b&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1, &lt;b&gt;profile:&lt;/b&gt; %2&lt;br&gt;</source>
        <translation>&lt;b&gt;方法：&lt;/b&gt;%1，&lt;b&gt;配置：&lt;/b&gt;%2&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Labelled target cases (K):&lt;/b&gt; %1, &lt;b&gt;seed:&lt;/b&gt; %2&lt;br&gt;</source>
        <translation>&lt;b&gt;已标注目标病例数（K）：&lt;/b&gt;%1，&lt;b&gt;随机种子：&lt;/b&gt;%2&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;设备：&lt;/b&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Run folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;运行文件夹：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;font color=&apos;#b00020&apos;&gt;This run folder already holds a run: choose another name, or resume it from the runs panel.&lt;/font&gt;</source>
        <translation>&lt;br&gt;&lt;font color=&apos;#b00020&apos;&gt;该运行文件夹中已有一次运行：请换一个名称，或在运行记录面板中继续该运行。&lt;/font&gt;</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingWizard</name>
    <message>
        <location filename="../ui/wizard/TrainingWizard.cpp" line="+42"/>
        <source>New training</source>
        <translation>新建训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ViewerStatusLine</name>
    <message>
        <location filename="../ui/slices/ViewerStatusLine.cpp" line="+35"/>
        <source>Oblique acquisition, tilted %1° from %2: the views show its nearest orthogonal orientation</source>
        <translation>倾斜采集，相对 %2 倾斜 %1°：视图显示其最接近的正交方向</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voxel (%1, %2, %3)   value %4   position (%5, %6, %7) mm LPS</source>
        <translation>体素 (%1, %2, %3)   值 %4   位置 (%5, %6, %7) mm LPS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>   label %1 %2</source>
        <translation>   标签 %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+97"/>
        <source>Cross-modality medical image segmentation</source>
        <translation>跨模态医学图像分割</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Open this dataset (manifest JSON, MM-WHS or nnU-Net folder) at start.</source>
        <translation>启动时打开此数据集（清单 JSON、MM-WHS 或 nnU-Net 文件夹）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then open this case of the dataset (default: its first target case).</source>
        <translation>然后打开数据集中的该病例（默认：第一个目标病例）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log debug messages too.</source>
        <translation>同时记录调试信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to this PNG once the case is shown, then quit (for documentation and checks under a virtual display).</source>
        <translation>显示病例后将窗口图像保存为此 PNG 文件，然后退出（用于文档和虚拟显示下的检查）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the alignment view (MR, MR after the IAM, CT) of this run folder.</source>
        <translation>打开此训练文件夹的对齐视图（MR、经 IAM 转换的 MR、CT）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the teaching demo with this work folder (its data, slice cache and runs; finished runs are reused, missing ones are trained).</source>
        <translation>使用此工作文件夹打开教学演示（其数据、切片缓存和训练运行；已完成的运行会被复用，缺失的会被训练）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once the teaching demo is ready, show this step (0 welcome ... 4 ensemble, 5 baseline); with --screenshot, the picture is taken of that step.</source>
        <translation>教学演示准备就绪后显示此步骤（0 欢迎 … 4 集成，5 基线）；配合 --screenshot 时对该步骤截图。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot open the alignment view</source>
        <translation>无法打开对齐视图</translation>
    </message>
</context>
</TS>
