<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>crossseg::ui::CorrectionToolBar</name>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <source>Click to move the crosshair (N)</source>
        <translation>Klicken, um das Fadenkreuz zu bewegen (N)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Paint the active label (B)</source>
        <translation>Aktives Label malen (B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Erase to background (E)</source>
        <translation>Zu Hintergrund radieren (E)</translation>
    </message>
    <message>
        <source>Brush size:</source>
        <translation>Pinselgröße:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::DatasetPanel</name>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Double-click a case to open it</source>
        <translation>Doppelklick öffnet einen Fall</translation>
    </message>
    <message>
        <source>No dataset open. Use File → Open dataset, or drop a dataset folder or manifest here.</source>
        <translation>Kein Datensatz geöffnet. Datei → Datensatz öffnen, oder einen Datensatzordner oder ein Manifest hierher ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2, %n Fall)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2, %n Fälle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n case(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n Fall</numerusform>
            <numerusform>%1 (%2) — %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>annotiert</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>kein Label</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelEditor</name>
    <message numerus="yes">
        <source>Erase %n voxel(s)</source>
        <translation>
            <numerusform>%n Voxel radieren</numerusform>
            <numerusform>%n Voxel radieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paint %n voxel(s)</source>
        <translation>
            <numerusform>%n Voxel malen</numerusform>
            <numerusform>%n Voxel malen</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no labels to save.</source>
        <translation>Es gibt keine Labels zum Speichern.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LabelTablePanel</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Select the label the brush paints; double-click a colour to change it</source>
        <translation>Wählen Sie das Label, das der Pinsel malt; Doppelklick auf eine Farbe ändert sie</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Load an ITK-SNAP label description file</source>
        <translation>Eine ITK-SNAP-Labelbeschreibungsdatei laden</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the labels as an ITK-SNAP label description file</source>
        <translation>Die Labels als ITK-SNAP-Labelbeschreibungsdatei speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>Nur Umriss</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Load label descriptions</source>
        <translation>Labelbeschreibungen laden</translation>
    </message>
    <message>
        <source>ITK-SNAP label descriptions (*.txt *.label);;All files (*)</source>
        <translation>ITK-SNAP-Labelbeschreibungen (*.txt *.label);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not load the label descriptions.</source>
        <translation>Die Labelbeschreibungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Save label descriptions</source>
        <translation>Labelbeschreibungen speichern</translation>
    </message>
    <message>
        <source>ITK-SNAP label descriptions (*.txt *.label)</source>
        <translation>ITK-SNAP-Labelbeschreibungen (*.txt *.label)</translation>
    </message>
    <message>
        <source>Could not save the label descriptions.</source>
        <translation>Die Labelbeschreibungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Labelfarbe</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::LogPanel</name>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Show from level:</source>
        <translation>Anzeigen ab Stufe:</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Prüfung gespeichert in %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open dataset folder…</source>
        <translation>Datensatzordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;manifest…</source>
        <translation>&amp;Manifest öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save labels</source>
        <translation>Labels &amp;speichern</translation>
    </message>
    <message>
        <source>Save labels &amp;as…</source>
        <translation>Labels speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Window: automatic (MR)</source>
        <translation>Fenster: automatisch (MR)</translation>
    </message>
    <message>
        <source>Window: CT abdomen</source>
        <translation>Fenster: CT Abdomen</translation>
    </message>
    <message>
        <source>Window: CT soft tissue</source>
        <translation>Fenster: CT Weichteil</translation>
    </message>
    <message>
        <source>Label &amp;outlines</source>
        <translation>Label-&amp;Umrisse</translation>
    </message>
    <message>
        <source>&amp;Hide labels</source>
        <translation>Labels &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Reset zoom and pan</source>
        <translation>Zoom und Verschiebung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Open &amp;prediction…</source>
        <translation>&amp;Vorhersage öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Akzeptieren</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Needs correction</source>
        <translation>&amp;Korrekturbedürftig</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>Prüfung &amp;speichern</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Nothing to save: open a prediction file first.</source>
        <translation>Nichts zu speichern: öffnen Sie zuerst eine Vorhersagedatei.</translation>
    </message>
    <message>
        <source>Re&amp;compute metrics</source>
        <translation>Metriken neu &amp;berechnen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About CrossSeg Studio</source>
        <translation>Ü&amp;ber CrossSeg Studio</translation>
    </message>
    <message>
        <source>CrossSeg Studio</source>
        <translation>CrossSeg Studio</translation>
    </message>
    <message>
        <source>Opening dataset</source>
        <translation>Datensatz wird geöffnet</translation>
    </message>
    <message>
        <source>Could not open the dataset</source>
        <translation>Der Datensatz konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The dataset %1 could not be opened.</source>
        <translation>Der Datensatz %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>There is no case %1 in the open dataset.</source>
        <translation>Im geöffneten Datensatz gibt es keinen Fall %1.</translation>
    </message>
    <message>
        <source>Loading case</source>
        <translation>Fall wird geladen</translation>
    </message>
    <message>
        <source>Could not load case %1</source>
        <translation>Fall %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Case %1 could not be loaded.</source>
        <translation>Fall %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The prediction does not lie on the grid of case %1.</source>
        <translation>Die Vorhersage liegt nicht auf dem Gitter von Fall %1.</translation>
    </message>
    <message>
        <source>Open a case first: a prediction is shown on its case.</source>
        <translation>Öffnen Sie zuerst einen Fall: eine Vorhersage wird auf ihrem Fall gezeigt.</translation>
    </message>
    <message>
        <source>The prediction could not be opened.</source>
        <translation>Die Vorhersage konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Labels saved to %1</source>
        <translation>Labels gespeichert in %1</translation>
    </message>
    <message>
        <source>The labels could not be saved.</source>
        <translation>Die Labels konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There are no labels to save.</source>
        <translation>Es gibt keine Labels zum Speichern.</translation>
    </message>
    <message>
        <source>Save labels as</source>
        <translation>Labels speichern unter</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</source>
        <translation>NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)</translation>
    </message>
    <message>
        <source>Overwrite a source file?</source>
        <translation>Eine Quelldatei überschreiben?</translation>
    </message>
    <message>
        <source>%1 is one of this case&apos;s source files. Overwrite it with the corrected labels? The original will be lost.</source>
        <translation>%1 ist eine Quelldatei dieses Falls. Mit den korrigierten Labels überschreiben? Das Original geht verloren.</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>Ungespeicherte Korrekturen</translation>
    </message>
    <message>
        <source>The labels of case %1 have unsaved corrections. Save them?</source>
        <translation>Die Labels von Fall %1 haben ungespeicherte Korrekturen. Speichern?</translation>
    </message>
    <message>
        <source>Voxel (%1, %2, %3)   value %4   position (%5, %6, %7) mm LPS</source>
        <translation>Voxel (%1, %2, %3)   Wert %4   Position (%5, %6, %7) mm LPS</translation>
    </message>
    <message>
        <source>   label %1 %2</source>
        <translation>   Label %1 %2</translation>
    </message>
    <message>
        <source>Open dataset folder (MM-WHS or nnU-Net)</source>
        <translation>Datensatzordner öffnen (MM-WHS oder nnU-Net)</translation>
    </message>
    <message>
        <source>Open dataset manifest</source>
        <translation>Datensatz-Manifest öffnen</translation>
    </message>
    <message>
        <source>Dataset manifest (*.json)</source>
        <translation>Datensatz-Manifest (*.json)</translation>
    </message>
    <message>
        <source>Open prediction of case %1</source>
        <translation>Vorhersage für Fall %1 öffnen</translation>
    </message>
    <message>
        <source>Label volumes (*.nii.gz *.nii *.mha *.mhd *.nrrd)</source>
        <translation>Labelvolumen (*.nii.gz *.nii *.mha *.mhd *.nrrd)</translation>
    </message>
    <message>
        <source>About CrossSeg Studio</source>
        <translation>Über CrossSeg Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;Cross-modality medical image segmentation with online mutual knowledge distillation.</source>
        <translation>&lt;b&gt;CrossSeg Studio&lt;/b&gt; %1&lt;br&gt;Modalitätsübergreifende medizinische Bildsegmentierung mit gegenseitiger Online-Wissensdestillation.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when CrossSeg Studio is started again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von CrossSeg Studio.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ReviewPanel</name>
    <message>
        <source>No prediction to review. Open one with Review → Open prediction…</source>
        <translation>Keine Vorhersage zu prüfen. Öffnen Sie eine mit Prüfung → Vorhersage öffnen…</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>HD95 (mm)</source>
        <translation>HD95 (mm)</translation>
    </message>
    <message>
        <source>ASSD (mm)</source>
        <translation>ASSD (mm)</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Reference (ml)</source>
        <translation>Referenz (ml)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>Korrekturbedürftig</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Comment (what is wrong, what was corrected)</source>
        <translation>Kommentar (was falsch ist, was korrigiert wurde)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <source>Recompute metrics</source>
        <translation>Metriken neu berechnen</translation>
    </message>
    <message>
        <source>Compare the labels as they are now (after corrections) with the reference</source>
        <translation>Die aktuellen Labels (nach Korrekturen) mit der Referenz vergleichen</translation>
    </message>
    <message>
        <source>No prediction to review.</source>
        <translation>Keine Vorhersage zu prüfen.</translation>
    </message>
    <message>
        <source>The saved review could not be read.</source>
        <translation>Die gespeicherte Prüfung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Case %1, prediction %2. Review file: %3</source>
        <translation>Fall %1, Vorhersage %2. Prüfdatei: %3</translation>
    </message>
    <message>
        <source>Case %1, prediction not saved yet: save it (File → Save labels as…) to keep a review.</source>
        <translation>Fall %1, Vorhersage noch nicht gespeichert: speichern Sie sie (Datei → Labels speichern unter…), um eine Prüfung zu behalten.</translation>
    </message>
    <message>
        <source>The metrics could not be computed.</source>
        <translation>Die Metriken konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>Die Prüfung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Mouse wheel, Up / Down</source>
        <translation>Mausrad, Auf / Ab</translation>
    </message>
    <message>
        <source>Next / previous slice</source>
        <translation>Nächste / vorige Schicht</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Bild auf / Bild ab</translation>
    </message>
    <message>
        <source>Ten slices forward / back</source>
        <translation>Zehn Schichten vor / zurück</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel</source>
        <translation>Strg + Mausrad</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Middle drag</source>
        <translation>Mittlere Maustaste ziehen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Right drag</source>
        <translation>Rechte Maustaste ziehen</translation>
    </message>
    <message>
        <source>Window (horizontal) and level (vertical)</source>
        <translation>Fensterbreite (horizontal) und -mitte (vertikal)</translation>
    </message>
    <message>
        <source>Left click / drag</source>
        <translation>Linksklick / ziehen</translation>
    </message>
    <message>
        <source>Move the crosshair, or paint with the brush or eraser</source>
        <translation>Fadenkreuz bewegen oder mit Pinsel bzw. Radierer malen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>Reset zoom and pan</source>
        <translation>Zoom und Verschiebung zurücksetzen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceView</name>
    <message>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>Koronal</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>crossseg::ui::SliceViewsPanel</name>
    <message>
        <source>Automatic (MR, percentiles)</source>
        <translation>Automatisch (MR, Perzentile)</translation>
    </message>
    <message>
        <source>CT abdomen (W 400, L 40)</source>
        <translation>CT Abdomen (W 400, L 40)</translation>
    </message>
    <message>
        <source>CT soft tissue (W 350, L 50)</source>
        <translation>CT Weichteil (W 350, L 50)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Intensity window presets; right-drag in a view adjusts the window freely</source>
        <translation>Voreinstellungen für das Intensitätsfenster; Ziehen mit der rechten Maustaste in einer Ansicht passt das Fenster frei an</translation>
    </message>
    <message>
        <source>Window preset:</source>
        <translation>Fenster-Voreinstellung:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Mitte:</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D-Ansicht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cross-modality medical image segmentation</source>
        <translation>Modalitätsübergreifende medizinische Bildsegmentierung</translation>
    </message>
    <message>
        <source>Open this dataset (manifest JSON, MM-WHS or nnU-Net folder) at start.</source>
        <translation>Diesen Datensatz (Manifest-JSON, MM-WHS- oder nnU-Net-Ordner) beim Start öffnen.</translation>
    </message>
    <message>
        <source>Then open this case of the dataset.</source>
        <translation>Danach diesen Fall des Datensatzes öffnen.</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>Auch Debug-Meldungen protokollieren.</translation>
    </message>
</context>
</TS>
