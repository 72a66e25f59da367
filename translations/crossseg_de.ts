<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PredictionFileReader</name>
    <message>
        <location filename="../ui/review/PredictionFileReader.cpp" line="+33"/>
        <source>Open prediction</source>
        <translation>Vorhersage öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values in %1 can be read as class indices (a prediction) or as the dataset&apos;s label codes (a saved correction). How is it coded?</source>
        <translation>Die Werte in %1 lassen sich als Klassenindizes (eine Vorhersage) oder als Label-Codes des Datensatzes (eine gespeicherte Korrektur) lesen. Wie ist die Datei kodiert?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class indices</source>
        <translation>Klassenindizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset label codes</source>
        <translation>Label-Codes des Datensatzes</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::AlignmentView</name>
    <message>
        <location filename="../ui/alignment/AlignmentView.cpp" line="+28"/>
        <source>MR (assistant)</source>
        <translation>MR (Assistent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR after the IAM (CT-like)</source>
        <translation>MR nach dem IAM (CT-ähnlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT (target)</source>
        <translation>CT (Ziel)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slice position:</source>
        <translation>Schichtposition:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>MR %1/%2, CT %3/%4</source>
        <translation>MR %1/%2, CT %3/%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no MR case</source>
        <translation>kein MR-Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no CT case</source>
        <translation>kein CT-Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image alignment module</source>
        <translation>kein Bildangleichungsmodul</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>translating…</source>
        <translation>wird übersetzt…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>translation failed: %1</source>
        <translation>Übersetzung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::AlignmentWindow</name>
    <message>
        <location filename="../ui/alignment/AlignmentWindow.cpp" line="+18"/>
        <source>Alignment view - %1</source>
        <translation>Angleichungsansicht - %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MR case:</source>
        <translation>MR-Fall:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CT case:</source>
        <translation>CT-Fall:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the run&apos;s slice cache: %1</source>
        <translation>Der Schichtcache des Laufs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no image alignment module</source>
        <translation>kein Bildangleichungsmodul</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::BackgroundPrediction</name>
    <message>
        <location filename="../ui/tasks/BackgroundPrediction.cpp" line="+46"/>
        <source>Prediction cancelled.</source>
        <translation>Vorhersage abgebrochen.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::CorrectionToolBar</name>
    <message>
        <location filename="../ui/editing/CorrectionToolBar.cpp" line="+15"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to move the crosshair (N)</source>
        <translation>Klicken, um das Fadenkreuz zu bewegen (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint the active label (B)</source>
        <translation>Aktives Label malen (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase to background (E)</source>
        <translation>Zu Hintergrund radieren (E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brush size:</source>
        <translation>Pinselgröße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DatasetPanel</name>
    <message>
        <location filename="../ui/dataset/DatasetPanel.cpp" line="+18"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a case to open it</source>
        <translation>Doppelklick öffnet einen Fall</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No dataset open. Use File → Open dataset, or drop a dataset folder or manifest here.</source>
        <translation>Kein Datensatz geöffnet. Datei → Datensatz öffnen, oder einen Datensatzordner oder ein Manifest hierher ziehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2, %n Fall)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2, %n Fälle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (%2) — %n case(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n Fall</numerusform>
            <numerusform>%1 (%2) — %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>labelled</source>
        <translation>annotiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no label</source>
        <translation>kein Label</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+38"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DatasetSelectionPage</name>
    <message>
        <location filename="../ui/wizard/DatasetSelectionPage.cpp" line="+21"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one dataset that holds both modalities, or two datasets with one modality each (a manifest JSON, an MM-WHS folder or an nnU-Net folder).</source>
        <translation>Wählen Sie einen Datensatz mit beiden Modalitäten oder zwei Datensätze mit je einer Modalität (ein Manifest-JSON, ein MM-WHS-Ordner oder ein nnU-Net-Ordner).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path of a dataset folder or manifest</source>
        <translation>Pfad eines Datensatzordners oder Manifests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder...</source>
        <translation>Ordner...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifest...</source>
        <translation>Manifest...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At most two datasets: one for the target, one for the assistant.</source>
        <translation>Höchstens zwei Datensätze: einer für das Ziel, einer für den Assistenten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the dataset: %1</source>
        <translation>Der Datensatz kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset manifest</source>
        <translation>Datensatz-Manifest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manifest (*.json);;All files (*)</source>
        <translation>Manifest (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DeviceSelectionPage</name>
    <message>
        <location filename="../ui/wizard/DeviceSelectionPage.cpp" line="+13"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the CPU or on a CUDA GPU. Only devices that this build of LibTorch can use are listed.</source>
        <translation>Auf der CPU oder einer CUDA-GPU trainieren. Es werden nur Geräte aufgeführt, die dieser LibTorch-Build nutzen kann.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 - %2, %3 GiB</source>
        <translation>%1 - %2, %3 GiB</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelEditor</name>
    <message numerus="yes">
        <location filename="../ui/editing/LabelEditor.cpp" line="+61"/>
        <source>Erase %n voxel(s)</source>
        <translation>
            <numerusform>%n Voxel radieren</numerusform>
            <numerusform>%n Voxel radieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Paint %n voxel(s)</source>
        <translation>
            <numerusform>%n Voxel malen</numerusform>
            <numerusform>%n Voxel malen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no labels to save.</source>
        <translation>Es gibt keine Labels zum Speichern.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelFileController</name>
    <message>
        <location filename="../ui/editing/LabelFileController.cpp" line="+27"/>
        <source>Labels saved to %1</source>
        <translation>Labels gespeichert in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The labels could not be saved.</source>
        <translation>Die Labels konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no labels to save.</source>
        <translation>Es gibt keine Labels zum Speichern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save labels as</source>
        <translation>Labels speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</source>
        <translation>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite a source file?</source>
        <translation>Eine Quelldatei überschreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is one of this case&apos;s source files. Overwrite it with the corrected labels? The original will be lost.</source>
        <translation>%1 ist eine Quelldatei dieses Falls. Mit den korrigierten Labels überschreiben? Das Original geht verloren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved corrections</source>
        <translation>Ungespeicherte Korrekturen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The labels of case %1 have unsaved corrections. Save them?</source>
        <translation>Die Labels von Fall %1 haben ungespeicherte Korrekturen. Speichern?</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelSetCheckPage</name>
    <message>
        <location filename="../ui/wizard/LabelSetCheckPage.cpp" line="+16"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class %1 &lt;- values %2</source>
        <translation>Klasse %1 &lt;- Werte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label sets</source>
        <translation>Labelsätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both modalities must label the same structures: each shared class is listed with the label values that map onto it in the target and in the assistant.</source>
        <translation>Beide Modalitäten müssen dieselben Strukturen annotieren: jede gemeinsame Klasse wird mit den Labelwerten aufgeführt, die im Ziel und im Assistenten auf sie abbilden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared class</source>
        <translation>Gemeinsame Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No dataset is open.</source>
        <translation>Kein Datensatz ist geöffnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Both label sets map onto the same %n class(es).</source>
        <translation>
            <numerusform>Beide Labelsätze bilden auf dieselbe(n) %n Klasse(n) ab.</numerusform>
            <numerusform>Beide Labelsätze bilden auf dieselbe(n) %n Klasse(n) ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label sets do not match; training cannot start:
%1</source>
        <translation>Die Labelsätze passen nicht zusammen; das Training kann nicht starten:
%1</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelTablePanel</name>
    <message>
        <location filename="../ui/labels/LabelTablePanel.cpp" line="+30"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the label the brush paints; double-click a colour to change it</source>
        <translation>Wählen Sie das Label, das der Pinsel malt; Doppelklick auf eine Farbe ändert sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load an ITK-SNAP label description file</source>
        <translation>Eine ITK-SNAP-Labelbeschreibungsdatei laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the labels as an ITK-SNAP label description file</source>
        <translation>Die Labels als ITK-SNAP-Labelbeschreibungsdatei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outline only</source>
        <translation>Nur Umriss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Load label descriptions</source>
        <translation>Labelbeschreibungen laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITK-SNAP label descriptions (*.txt *.label);;All files (*)</source>
        <translation>ITK-SNAP-Labelbeschreibungen (*.txt *.label);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the label descriptions.</source>
        <translation>Die Labelbeschreibungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save label descriptions</source>
        <translation>Labelbeschreibungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITK-SNAP label descriptions (*.txt *.label)</source>
        <translation>ITK-SNAP-Labelbeschreibungen (*.txt *.label)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the label descriptions.</source>
        <translation>Die Labelbeschreibungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Label colour</source>
        <translation>Labelfarbe</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LogPanel</name>
    <message>
        <location filename="../ui/log/LogPanel.cpp" line="+59"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show from level:</source>
        <translation>Anzeigen ab Stufe:</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::MainWindow</name>
    <message>
        <location filename="../ui/studio/MainWindow.cpp" line="+85"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Review saved to %1</source>
        <translation>Prüfung gespeichert in %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open dataset folder…</source>
        <translation>Datensatzordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;manifest…</source>
        <translation>&amp;Manifest öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save labels</source>
        <translation>Labels &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save labels &amp;as…</source>
        <translation>Labels speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Window: automatic (percentiles)</source>
        <translation>Fenster: automatisch (Perzentile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window: CT abdomen</source>
        <translation>Fenster: CT Abdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window: CT soft tissue</source>
        <translation>Fenster: CT Weichteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label &amp;outlines</source>
        <translation>Label-&amp;Umrisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide labels</source>
        <translation>Labels &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reset zoom and pan</source>
        <translation>Zoom und Verschiebung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;prediction…</source>
        <translation>&amp;Vorhersage öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;Akzeptieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs correction</source>
        <translation>&amp;Korrekturbedürftig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save review</source>
        <translation>Prüfung &amp;speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to save: open a prediction file first.</source>
        <translation>Nichts zu speichern: öffnen Sie zuerst eine Vorhersagedatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;compute metrics</source>
        <translation>Metriken neu &amp;berechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CrossSeg Studio</source>
        <translation>Ü&amp;ber CrossSeg Studio</translation>
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
        <translation>Datensatz wird geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the dataset</source>
        <translation>Der Datensatz konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dataset %1 could not be opened.</source>
        <translation>Der Datensatz %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no case %1 in the open dataset.</source>
        <translation>Im geöffneten Datensatz gibt es keinen Fall %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading case</source>
        <translation>Fall wird geladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load case %1</source>
        <translation>Fall %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 could not be loaded.</source>
        <translation>Fall %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The prediction does not lie on the grid of case %1.</source>
        <translation>Die Vorhersage liegt nicht auf dem Gitter von Fall %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+69"/>
        <source>Open a case first: a prediction is shown on its case.</source>
        <translation>Öffnen Sie zuerst einen Fall: eine Vorhersage wird auf ihrem Fall gezeigt.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 holds the dataset&apos;s label codes; read through its label map.</source>
        <translation>%1 enthält die Label-Codes des Datensatzes; über seine Label-Zuordnung gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prediction could not be opened.</source>
        <translation>Die Vorhersage konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open dataset folder (MM-WHS or nnU-Net)</source>
        <translation>Datensatzordner öffnen (MM-WHS oder nnU-Net)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open dataset manifest</source>
        <translation>Datensatz-Manifest öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset manifest (*.json)</source>
        <translation>Datensatz-Manifest (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open prediction of case %1</source>
        <translation>Vorhersage für Fall %1 öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label volumes (*.nii.gz *.nii *.mha *.mhd *.nrrd)</source>
        <translation>Labelvolumen (*.nii.gz *.nii *.mha *.mhd *.nrrd)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About CrossSeg Studio</source>
        <translation>Über CrossSeg Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;Cross-modality medical image segmentation with online mutual knowledge distillation.</source>
        <translation>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;Modalitätsübergreifende medizinische Bildsegmentierung mit gegenseitiger Online-Wissensdestillation.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::MethodSelectionPage</name>
    <message>
        <location filename="../ui/wizard/MethodSelectionPage.cpp" line="+34"/>
        <source>The full method: an image alignment module turns MR into CT-like images, then two segmentors (S_real on CT, S_syn on aligned MR) teach each other; the ensemble of both predicts.</source>
        <translation>Die vollständige Methode: ein Bildangleichungsmodul macht aus MR CT-ähnliche Bilder, dann lehren sich zwei Segmentierer (S_real auf CT, S_syn auf angeglichener MR) gegenseitig; das Ensemble beider sagt vorher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mutual distillation of the two segmentors without the alignment module.</source>
        <translation>Gegenseitige Destillation der beiden Segmentierer ohne Angleichungsmodul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: one U-Net trained on the labelled target cases only.</source>
        <translation>Baseline: ein U-Net, nur auf den annotierten Zielfällen trainiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline: one U-Net trained on the assistant modality, applied to the target (no adaptation).</source>
        <translation>Baseline: ein U-Net, trainiert auf der Assistenzmodalität und auf das Ziel angewendet (ohne Anpassung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: one U-Net trained on target and assistant slices together.</source>
        <translation>Baseline: ein U-Net, trainiert auf Ziel- und Assistenzschichten zusammen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds: a tiny network and a few iterations, to check that everything runs.</source>
        <translation>Sekunden: ein winziges Netz und wenige Iterationen, um zu prüfen, dass alles läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper&apos;s setting (256 x 256, deeper network): for a GPU.</source>
        <translation>Die Einstellung des Artikels (256 x 256, tieferes Netz): für eine GPU.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method and profile</source>
        <translation>Methode und Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to train, how long, and from how many labelled target cases.</source>
        <translation>Was trainiert wird, wie lange und aus wie vielen annotierten Zielfällen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile file...</source>
        <translation>Profildatei...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training profile</source>
        <translation>Trainingsprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile (*.json);;All files (*)</source>
        <translation>Profil (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled target cases (K):</source>
        <translation>Annotierte Zielfälle (K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This profile cannot be used: %1</source>
        <translation>Dieses Profil ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A profile file (JSON): overrides on a named profile, read as the command line reads --profile.</source>
        <translation>Eine Profildatei (JSON): Abweichungen von einem benannten Profil, gelesen wie --profile auf der Kommandozeile.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>A few minutes on a laptop CPU, sized for the demo phantom (64 x 64).</source>
        <translation>Einige Minuten auf einer Laptop-CPU, bemessen für das Demo-Phantom (64 x 64).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 15 minutes on a laptop CPU for the full method: 96 x 96 images, a short schedule.</source>
        <translation>Etwa 15 Minuten auf einer Laptop-CPU für die vollständige Methode: 96 x 96 Bilder, kurzer Trainingsplan.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when CrossSeg Studio is started again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von CrossSeg Studio.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ReviewPanel</name>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="+44"/>
        <source>No prediction to review. Open one with Review → Open prediction…</source>
        <translation>Keine Vorhersage zu prüfen. Öffnen Sie eine mit Prüfung → Vorhersage öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HD95 (mm)</source>
        <translation>HD95 (mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSD (mm)</source>
        <translation>ASSD (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference (ml)</source>
        <translation>Referenz (ml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs correction</source>
        <translation>Korrekturbedürftig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment (what is wrong, what was corrected)</source>
        <translation>Kommentar (was falsch ist, was korrigiert wurde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save review</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute metrics</source>
        <translation>Metriken neu berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the labels as they are now (after corrections) with the reference</source>
        <translation>Die aktuellen Labels (nach Korrekturen) mit der Referenz vergleichen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+27"/>
        <source>No prediction to review.</source>
        <translation>Keine Vorhersage zu prüfen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The saved review could not be read.</source>
        <translation>Die gespeicherte Prüfung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1, prediction %2. Review file: %3</source>
        <translation>Fall %1, Vorhersage %2. Prüfdatei: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1, prediction not saved yet: save it (File → Save labels as…) to keep a review.</source>
        <translation>Fall %1, Vorhersage noch nicht gespeichert: speichern Sie sie (Datei → Labels speichern unter…), um eine Prüfung zu behalten.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The metrics could not be computed.</source>
        <translation>Die Metriken konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The review could not be saved.</source>
        <translation>Die Prüfung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::RoleAssignmentPage</name>
    <message>
        <location filename="../ui/wizard/RoleAssignmentPage.cpp" line="+20"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target modality is the one to segment (few or no labels, e.g. CT); the assistant modality is labelled and lends its knowledge (e.g. MR).</source>
        <translation>Die Zielmodalität ist die zu segmentierende (wenige oder keine Labels, z. B. CT); die Assistenzmodalität ist annotiert und leiht ihr Wissen (z. B. MR).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant:</source>
        <translation>Assistent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target and assistant must be different modalities.</source>
        <translation>Ziel und Assistent müssen verschiedene Modalitäten sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 (%3 cases, %4 labelled)</source>
        <translation>%1: %2 (%3 Fälle, %4 annotiert)</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::RunsPanel</name>
    <message>
        <location filename="../ui/runs/RunsPanel.cpp" line="+21"/>
        <source>Folder...</source>
        <translation>Ordner...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best Dice</source>
        <translation>Bester Dice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict...</source>
        <translation>Vorhersagen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alignment</source>
        <translation>Angleichung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Runs folder</source>
        <translation>Läufe-Ordner</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Runs in %1</source>
        <translation>Läufe in %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ShortcutListDialog</name>
    <message>
        <location filename="../ui/preferences/ShortcutListDialog.cpp" line="+12"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mouse wheel, Up / Down</source>
        <translation>Mausrad, Auf / Ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous slice</source>
        <translation>Nächste / vorige Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Page Down</source>
        <translation>Bild auf / Bild ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ten slices forward / back</source>
        <translation>Zehn Schichten vor / zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Strg + Mausrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle drag</source>
        <translation>Mittlere Maustaste ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right drag</source>
        <translation>Rechte Maustaste ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window (horizontal) and level (vertical)</source>
        <translation>Fensterbreite (horizontal) und -mitte (vertikal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left click / drag</source>
        <translation>Linksklick / ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the crosshair, or paint with the brush or eraser</source>
        <translation>Fadenkreuz bewegen oder mit Pinsel bzw. Radierer malen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset zoom and pan</source>
        <translation>Zoom und Verschiebung zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceView</name>
    <message>
        <location filename="../ui/slices/SliceView.cpp" line="+40"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coronal</source>
        <translation>Koronal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Oblique %1°: nearest orthogonal view</source>
        <translation>Schräg %1°: nächste orthogonale Ansicht</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>I</source>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceViewsPanel</name>
    <message>
        <location filename="../ui/slices/SliceViewsPanel.cpp" line="+20"/>
        <source>Automatic (0.5-99.5 % percentiles)</source>
        <translation>Automatisch (Perzentile 0,5-99,5 %)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CT abdomen (W 400, L 40)</source>
        <translation>CT Abdomen (W 400, L 40)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT soft tissue (W 350, L 50)</source>
        <translation>CT Weichteil (W 350, L 50)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intensity window presets; right-drag in a view adjusts the window freely</source>
        <translation>Voreinstellungen für das Intensitätsfenster; Ziehen mit der rechten Maustaste in einer Ansicht passt das Fenster frei an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window preset:</source>
        <translation>Fenster-Voreinstellung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level:</source>
        <translation>Mitte:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3D view</source>
        <translation>3D-Ansicht</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SlurmExportDialog</name>
    <message>
        <location filename="../ui/wizard/SlurmExportDialog.cpp" line="+34"/>
        <source>Export as Slurm job</source>
        <translation>Als Slurm-Job exportieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs per node (one rank each):</source>
        <translation>GPUs pro Knoten (je ein Rang):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs per rank:</source>
        <translation>CPUs pro Rang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition (empty: default):</source>
        <translation>Partition (leer: Standard):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account (empty: default):</source>
        <translation>Konto (leer: Standard):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crossseg on the cluster:</source>
        <translation>crossseg auf dem Cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slice cache (shared storage):</source>
        <translation>Schicht-Cache (gemeinsamer Speicher):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run folder (shared storage):</source>
        <translation>Lauf-Ordner (gemeinsamer Speicher):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save script...</source>
        <translation>Skript speichern...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare the slice cache here first, then copy it to the shared storage:</source>
        <translation>Zuerst hier den Schicht-Cache vorbereiten, dann in den gemeinsamen Speicher kopieren:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved %1. Submit it on the cluster with: sbatch %2</source>
        <translation>%1 gespeichert. Auf dem Cluster abschicken mit: sbatch %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The script could not be saved: %1</source>
        <translation>Das Skript konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Slurm script</source>
        <translation>Slurm-Skript speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slurm batch script (*.sbatch *.sh)</source>
        <translation>Slurm-Batch-Skript (*.sbatch *.sh)</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SurfaceViewPanel</name>
    <message>
        <location filename="../ui/surface3d/SurfaceViewPanel.cpp" line="+58"/>
        <source>Reference: wireframe</source>
        <translation>Referenz: Drahtgitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: translucent</source>
        <translation>Referenz: durchscheinend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: hidden</source>
        <translation>Referenz: ausgeblendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance to reference</source>
        <translation>Abstand zur Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour the surfaces by their distance to the reference (mm): red = too much, blue = too little</source>
        <translation>Die Oberflächen nach ihrem Abstand zur Referenz (mm) einfärben: rot = zu viel, blau = zu wenig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anterior view of all structures (key R)</source>
        <translation>Ansicht von anterior auf alle Strukturen (Taste R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshot…</source>
        <translation>Bildschirmfoto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export meshes…</source>
        <translation>Netze exportieren…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Extracting surfaces…</source>
        <translation>Oberflächen werden extrahiert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Surface extraction failed: %1</source>
        <translation>Oberflächenextraktion fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 structures, %2 triangles</source>
        <translation>%1 Strukturen, %2 Dreiecke</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save 3D view</source>
        <translation>3D-Ansicht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export surfaces to</source>
        <translation>Oberflächen exportieren nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export meshes</source>
        <translation>Netze exportieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 meshes exported</source>
        <translation>%1 Netze exportiert</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TeachingDemo</name>
    <message>
        <location filename="../ui/teaching/TeachingDemo.cpp" line="+24"/>
        <source>1. Prepare the demo</source>
        <translation>1. Demo vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. The appearance gap</source>
        <translation>2. Die Erscheinungslücke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Image alignment (IAM)</source>
        <translation>3. Bildangleichung (IAM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. S_real and S_syn</source>
        <translation>4. S_real und S_syn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. The ensemble</source>
        <translation>5. Das Ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Against the target-only baseline</source>
        <translation>6. Im Vergleich zur Nur-Ziel-Baseline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This demo generates a synthetic cardiac phantom in CT and MR, trains the full method (mkd-iam) and a CT-only baseline with a small profile, and predicts a CT test case. Nothing is downloaded; it takes a few minutes on a laptop CPU. Press Prepare to start.</source>
        <translation>Diese Demo erzeugt ein synthetisches Herzphantom in CT und MR, trainiert die vollständige Methode (mkd-iam) und eine reine CT-Baseline mit einem kleinen Profil und sagt einen CT-Testfall vorher. Nichts wird heruntergeladen; es dauert auf einer Laptop-CPU wenige Minuten. Drücken Sie Vorbereiten, um zu beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same anatomy looks different in MR and CT: blood is bright in this MR and the intensity histograms hardly overlap. A network trained on MR alone fails on CT, although the organs have the same shapes. Move the slider: both volumes move to the same relative height.</source>
        <translation>Dieselbe Anatomie sieht in MR und CT verschieden aus: Blut ist in dieser MR hell, und die Intensitätshistogramme überlappen kaum. Ein nur auf MR trainiertes Netz versagt auf CT, obwohl die Organe dieselbe Form haben. Bewegen Sie den Schieberegler: beide Volumen gehen auf dieselbe relative Höhe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image alignment module is a CycleGAN trained without any CT label: it turns each MR slice into a CT-like slice (middle). Compare its histogram with the CT&apos;s: the appearance gap shrinks while the anatomy, and so the MR label, stays where it was.</source>
        <translation>Das Bildangleichungsmodul ist ein CycleGAN, das ohne jedes CT-Label trainiert wird: es macht aus jeder MR-Schicht eine CT-ähnliche Schicht (Mitte). Vergleichen Sie ihr Histogramm mit dem der CT: die Erscheinungslücke schrumpft, während die Anatomie und damit das MR-Label an ihrem Platz bleiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two U-Nets learn side by side. S_real learns from the few labelled real CT slices; S_syn from the many labelled MR slices after translation. Each also imitates the other&apos;s softened predictions (knowledge distillation), on the other&apos;s images.</source>
        <translation>Zwei U-Nets lernen nebeneinander. S_real lernt aus den wenigen annotierten echten CT-Schichten, S_syn aus den vielen annotierten MR-Schichten nach der Übersetzung. Jedes ahmt zudem die geglätteten Vorhersagen des anderen nach (Wissensdestillation), auf den Bildern des anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At test time the two segmentors vote: the ensemble averages their class probabilities. It is usually at least as good as the better of the two, and steadier.</source>
        <translation>Beim Testen stimmen die beiden Segmentierer ab: das Ensemble mittelt ihre Klassenwahrscheinlichkeiten. Es ist meist mindestens so gut wie der bessere der beiden und stabiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The baseline trains one U-Net on the same few labelled CT cases only. The difference to the ensemble is what the labelled MR contributed. (With the tiny demo profile the numbers are noisy; the cpu-quick profile gives a fairer comparison.)</source>
        <translation>Die Baseline trainiert ein U-Net nur auf denselben wenigen annotierten CT-Fällen. Der Unterschied zum Ensemble ist der Beitrag der annotierten MR. (Mit dem winzigen Demo-Profil schwanken die Zahlen stark; das Profil cpu-quick erlaubt einen faireren Vergleich.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teaching demo</source>
        <translation>Lehr-Demo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick look (smoke profile, about a minute)</source>
        <translation>Schneller Überblick (Profil smoke, etwa eine Minute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convincing pictures (cpu-quick profile, 15-30 minutes)</source>
        <translation>Überzeugende Bilder (Profil cpu-quick, 15–30 Minuten)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Working: %1 %2</source>
        <translation>In Arbeit: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training (%1): iteration %2 of %3</source>
        <translation>Training (%1): Iteration %2 von %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Preparing...</source>
        <translation>Wird vorbereitet...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preparation stopped: %1</source>
        <translation>Die Vorbereitung wurde beendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready. Press Next.</source>
        <translation>Bereit. Drücken Sie Weiter.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(next step)</source>
        <translation>(nächster Schritt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no image alignment module</source>
        <translation>kein Bildangleichungsmodul</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 - Dice %2</source>
        <translation>%1 - Dice %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Referenz</translation>
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
        <translation>Ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ensemble (mkd-iam)</source>
        <translation>Ensemble (mkd-iam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target-only</source>
        <translation>Nur Ziel</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Demo (demo profile, a few minutes)</source>
        <translation>Demo (Profil demo, einige Minuten)</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingFeature</name>
    <message>
        <location filename="../ui/studio/TrainingFeature.cpp" line="+34"/>
        <source>Training monitor</source>
        <translation>Trainingsmonitor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New training...</source>
        <translation>&amp;Neues Training...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train a segmentation model with the training wizard</source>
        <translation>Ein Segmentierungsmodell mit dem Trainingsassistenten trainieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Predict current case...</source>
        <translation>Aktuellen Fall &amp;vorhersagen...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a trained run in the runs panel first.</source>
        <translation>Wählen Sie zuerst einen trainierten Lauf im Läufe-Bereich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training &amp;monitor</source>
        <translation>Trainings&amp;monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Teaching demo</source>
        <translation>&amp;Lehr-Demo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prediction of %1 done</source>
        <translation>Vorhersage für %1 fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prediction of %1 failed.</source>
        <translation>Vorhersage für %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A training is already running. Cancel it or wait until it ends.</source>
        <translation>Es läuft bereits ein Training. Brechen Sie es ab oder warten Sie, bis es endet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The training could not start.</source>
        <translation>Das Training konnte nicht starten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The run cannot be resumed.</source>
        <translation>Der Lauf kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a case first: the prediction is shown on the case in the views.</source>
        <translation>Öffnen Sie zuerst einen Fall: die Vorhersage wird auf dem Fall in den Ansichten gezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A prediction is already running.</source>
        <translation>Es läuft bereits eine Vorhersage.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CrossSeg Studio</source>
        <translation>CrossSeg Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intensities of %1 do not fit what the model was trained on; its prediction may be wrong.</source>
        <translation>Die Intensitäten von %1 passen nicht zu den Trainingsdaten des Modells; die Vorhersage kann falsch sein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The training failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The prediction of %1 could not be saved.</source>
        <translation>Die Vorhersage für %1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingMonitor</name>
    <message>
        <location filename="../ui/monitor/TrainingMonitor.cpp" line="+26"/>
        <source>No training running.</source>
        <translation>Kein Training läuft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+76"/>
        <location line="+63"/>
        <location line="+9"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training losses</source>
        <translation>Trainingsverluste</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation Dice</source>
        <translation>Validierungs-Dice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>image alignment</source>
        <translation>Bildangleichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training (%1)</source>
        <translation>Training (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iteration %1 / %2</source>
        <translation>Iteration %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA %1 (%2 s/it)</source>
        <translation>Restzeit %1 (%2 s/It.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mean (%1)</source>
        <translation>Mittel (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New best validation Dice %1 at iteration %2</source>
        <translation>Neuer bester Validierungs-Dice %1 bei Iteration %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resuming...</source>
        <translation>Wird fortgesetzt...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled (the latest checkpoint can be resumed)</source>
        <translation>Abgebrochen (der letzte Checkpoint kann fortgesetzt werden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingSummaryPage</name>
    <message>
        <location filename="../ui/wizard/TrainingSummaryPage.cpp" line="+19"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the choices and press Start. The training runs in the background; you can keep working.</source>
        <translation>Prüfen Sie die Auswahl und drücken Sie Start. Das Training läuft im Hintergrund; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs folder:</source>
        <translation>Läufe-Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name:</source>
        <translation>Laufname:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as Slurm job...</source>
        <translation>Als Slurm-Job exportieren...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs folder</source>
        <translation>Läufe-Ordner</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;b&gt;Target:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Assistant:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Assistent:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1, &lt;b&gt;profile:&lt;/b&gt; %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Methode:&lt;/b&gt; %1, &lt;b&gt;Profil:&lt;/b&gt; %2&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Labelled target cases (K):&lt;/b&gt; %1, &lt;b&gt;seed:&lt;/b&gt; %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Annotierte Zielfälle (K):&lt;/b&gt; %1, &lt;b&gt;Seed:&lt;/b&gt; %2&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Device:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Gerät:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Run folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Laufordner:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;font color=&apos;#b00020&apos;&gt;This run folder already holds a run: choose another name, or resume it from the runs panel.&lt;/font&gt;</source>
        <translation>&lt;br&gt;&lt;font color=&apos;#b00020&apos;&gt;Dieser Laufordner enthält bereits einen Lauf: wählen Sie einen anderen Namen oder setzen Sie ihn im Läufe-Bereich fort.&lt;/font&gt;</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::TrainingWizard</name>
    <message>
        <location filename="../ui/wizard/TrainingWizard.cpp" line="+42"/>
        <source>New training</source>
        <translation>Neues Training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ViewerStatusLine</name>
    <message>
        <location filename="../ui/slices/ViewerStatusLine.cpp" line="+35"/>
        <source>Oblique acquisition, tilted %1° from %2: the views show its nearest orthogonal orientation</source>
        <translation>Schräge Aufnahme, um %1° gegen %2 gekippt: die Ansichten zeigen die nächste orthogonale Ausrichtung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voxel (%1, %2, %3)   value %4   position (%5, %6, %7) mm LPS</source>
        <translation>Voxel (%1, %2, %3)   Wert %4   Position (%5, %6, %7) mm LPS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>   label %1 %2</source>
        <translation>   Label %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+97"/>
        <source>Cross-modality medical image segmentation</source>
        <translation>Modalitätsübergreifende medizinische Bildsegmentierung</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Open this dataset (manifest JSON, MM-WHS or nnU-Net folder) at start.</source>
        <translation>Diesen Datensatz (Manifest-JSON, MM-WHS- oder nnU-Net-Ordner) beim Start öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then open this case of the dataset (default: its first target case).</source>
        <translation>Danach diesen Fall des Datensatzes öffnen (sonst seinen ersten Zielfall).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log debug messages too.</source>
        <translation>Auch Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to this PNG once the case is shown, then quit (for documentation and checks under a virtual display).</source>
        <translation>Ein Bild des Fensters als PNG speichern, sobald der Fall angezeigt wird, dann beenden (für Dokumentation und Prüfungen auf einem virtuellen Bildschirm).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the alignment view (MR, MR after the IAM, CT) of this run folder.</source>
        <translation>Die Ausrichtungsansicht (MR, MR nach dem IAM, CT) dieses Trainingsordners öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the teaching demo with this work folder (its data, slice cache and runs; finished runs are reused, missing ones are trained).</source>
        <translation>Die Lehrdemo mit diesem Arbeitsordner öffnen (seine Daten, sein Schichtcache und seine Läufe; fertige Läufe werden wiederverwendet, fehlende trainiert).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once the teaching demo is ready, show this step (0 welcome ... 4 ensemble, 5 baseline); with --screenshot, the picture is taken of that step.</source>
        <translation>Sobald die Lehrdemo bereit ist, diesen Schritt zeigen (0 Willkommen … 4 Ensemble, 5 Vergleichsbasis); mit --screenshot wird das Bild von diesem Schritt aufgenommen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot open the alignment view</source>
        <translation>Die Ausrichtungsansicht kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
