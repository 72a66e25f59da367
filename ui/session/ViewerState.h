#pragma once
// The thin Qt adapter over the Studio's model: it holds the session (StudioSession: dataset, case, pending
// prediction, runs folder; held nowhere else) and what the three slice views share: the label overlay
// (editable), the crosshair, the intensity window and the overlay's look, and the active editing tool. Views and
// panels observe its signals; the model itself stays Qt-free.
#include "ui/model/CaseData.h"
#include "ui/model/StudioSession.h"
#include "ui/model/WindowLevel.h"
#include "core/image/LabelTable.h"

#include <QObject>
#include <QString>

#include <array>
#include <memory>

namespace crossseg::ui {

enum class EditTool { Navigate, Brush, Eraser };

class ViewerState : public QObject {
    Q_OBJECT
public:
    explicit ViewerState(QObject* parent = nullptr);

    StudioSession& session() { return session_; }
    const StudioSession& session() const { return session_; }

    // The case (into the session); its reference labels become the overlay until a prediction is set.
    void setCase(std::shared_ptr<CaseData> data);
    std::shared_ptr<CaseData> caseData() const { return session_.caseData(); }
    bool hasImage() const { return caseData() && !caseData()->image.empty(); }
    const ImageVolume& image() const;

    // The label overlay shown and edited (class indices on the image grid). Empty when there is none.
    void setOverlay(LabelVolume labels, bool isPrediction, const QString& sourceFile);
    const LabelVolume& overlay() const { return overlay_; }
    LabelVolume& overlayForEditing() { return overlay_; } // call notifyOverlayEdited() afterwards
    bool hasOverlay() const { return !overlay_.empty(); }
    bool overlayIsPrediction() const { return overlayIsPrediction_; }
    QString overlaySourceFile() const { return overlaySourceFile_; }
    void setOverlaySourceFile(const QString& file) { overlaySourceFile_ = file; }
    // Creates an empty (all background) overlay so that the user can paint on a case without labels.
    void ensureOverlay();
    void notifyOverlayEdited();

    std::array<long, 3> cursor() const { return cursor_; }
    void setCursor(const std::array<long, 3>& voxel); // clamped to the volume

    WindowLevel windowLevel() const { return windowLevel_; }
    void setWindowLevel(const WindowLevel& windowLevel);

    const LabelTable& labelTable() const { return labelTable_; }
    void setLabelTable(const LabelTable& table);
    void setLabelVisible(int value, bool visible);
    double overlayOpacity() const { return overlayOpacity_; }
    void setOverlayOpacity(double opacity);
    bool outlineMode() const { return outline_; }
    void setOutlineMode(bool outline);

    EditTool tool() const { return tool_; }
    void setTool(EditTool tool);
    int brushDiameter() const { return brushDiameter_; }
    void setBrushDiameter(int pixels);
    int activeLabel() const { return activeLabel_; }
    void setActiveLabel(int value);

Q_SIGNALS:
    void caseChanged();
    void overlayChanged();      // a new overlay or edited voxels
    void cursorChanged();
    void displayChanged();      // window/level, label colours/visibility, opacity, outline
    void toolChanged();

private:
    StudioSession session_;
    LabelVolume overlay_;
    bool overlayIsPrediction_ = false;
    QString overlaySourceFile_;
    std::array<long, 3> cursor_{0, 0, 0};
    WindowLevel windowLevel_;
    LabelTable labelTable_;
    double overlayOpacity_ = 0.5;
    bool outline_ = false;
    EditTool tool_ = EditTool::Navigate;
    int brushDiameter_ = 5;
    int activeLabel_ = 1;
};

} // namespace crossseg::ui
