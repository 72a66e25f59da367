#include "ui/slices/ViewerStatusLine.h"

#include "ui/session/ViewerState.h"
#include "core/util/Log.h"

#include <QHBoxLayout>
#include <QLabel>

namespace crossseg::ui {

ViewerStatusLine::ViewerStatusLine(ViewerState* state, QWidget* parent) : QWidget(parent), state_(state) {
    voxelReadout_ = new QLabel(this);
    voxelReadout_->setObjectName(QStringLiteral("cursorReadout"));
    obliqueNote_ = new QLabel(this);
    obliqueNote_->setObjectName(QStringLiteral("obliqueNote"));
    obliqueNote_->setStyleSheet(QStringLiteral("color: #c05800;"));
    obliqueNote_->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The note first: it is what the user must not miss; the readout changes with every mouse move.
    layout->addWidget(obliqueNote_);
    layout->addWidget(voxelReadout_, 1);
    connect(state_, &ViewerState::cursorChanged, this, &ViewerStatusLine::showCursorVoxel);
    connect(state_, &ViewerState::caseChanged, this, &ViewerStatusLine::updateObliqueNote);
}

void ViewerStatusLine::updateObliqueNote() {
    const auto& obliquity = state_->session().caseObliquity();
    const bool oblique = obliquity && obliquity->isOblique();
    obliqueNote_->setVisible(oblique);
    if (!oblique) {
        obliqueNote_->clear();
        return;
    }
    obliqueNote_->setText(tr("Oblique acquisition, tilted %1° from %2: the views show its nearest orthogonal "
                             "orientation")
                              .arg(obliquity->degrees(), 0, 'f', 1)
                              .arg(QString::fromStdString(obliquity->nearestOrientation())));
    obliqueNote_->setToolTip(QString::fromStdString(obliquity->describe()));
    log::info("Case " + state_->session().caseId() + ": " + obliquity->describe());
}

void ViewerStatusLine::showCursorVoxel() {
    const auto c = state_->cursor();
    showVoxel(static_cast<int>(c[0]), static_cast<int>(c[1]), static_cast<int>(c[2]));
}

void ViewerStatusLine::showVoxel(int i, int j, int k) {
    if (!state_->hasImage() || !state_->image().geometry().contains(i, j, k)) return;
    const auto& image = state_->image();
    const auto point = image.geometry().indexToPhysical({double(i), double(j), double(k)});
    QString text = tr("Voxel (%1, %2, %3)   value %4   position (%5, %6, %7) mm LPS")
                       .arg(i).arg(j).arg(k)
                       .arg(static_cast<double>(image.at(i, j, k)), 0, 'g', 5)
                       .arg(point[0], 0, 'f', 1).arg(point[1], 0, 'f', 1).arg(point[2], 0, 'f', 1);
    if (state_->hasOverlay()) {
        const int value = state_->overlay().at(i, j, k);
        const auto* label = state_->labelTable().find(value);
        text += tr("   label %1 %2").arg(value).arg(label ? QString::fromStdString(label->name) : QString());
    }
    voxelReadout_->setText(text);
}

} // namespace crossseg::ui
