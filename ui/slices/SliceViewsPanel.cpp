#include "ui/slices/SliceViewsPanel.h"

#include "ui/slices/SliceView.h"
#include "ui/session/ViewerState.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace crossseg::ui {

SliceViewsPanel::SliceViewsPanel(ViewerState* state, QWidget* parent) : QWidget(parent), state_(state) {
    auto* controls = new QHBoxLayout;
    presets_ = new QComboBox(this);
    presets_->setObjectName(QStringLiteral("windowPresets"));
    presets_->addItems({tr("Automatic (0.5-99.5 % percentiles)"), tr("CT abdomen (W 400, L 40)"),
                        tr("CT soft tissue (W 350, L 50)"), tr("Custom")});
    presets_->setToolTip(tr("Intensity window presets; right-drag in a view adjusts the window freely"));
    window_ = new QDoubleSpinBox(this);
    level_ = new QDoubleSpinBox(this);
    for (auto* box : {window_, level_}) {
        box->setRange(-100000.0, 100000.0);
        box->setDecimals(1);
        box->setKeyboardTracking(false);
    }
    window_->setMinimum(0.001);
    controls->addWidget(new QLabel(tr("Window preset:"), this));
    controls->addWidget(presets_);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Window:"), this));
    controls->addWidget(window_);
    controls->addWidget(new QLabel(tr("Level:"), this));
    controls->addWidget(level_);
    controls->addStretch();

    axial_ = new SliceView(state_, SliceOrientation::Axial, this);
    coronal_ = new SliceView(state_, SliceOrientation::Coronal, this);
    sagittal_ = new SliceView(state_, SliceOrientation::Sagittal, this);
    fourth_ = new QLabel(tr("3D view"), this);
    static_cast<QLabel*>(fourth_)->setAlignment(Qt::AlignCenter);
    grid_ = new QGridLayout;
    grid_->setSpacing(2);
    grid_->addWidget(axial_, 0, 0);
    grid_->addWidget(sagittal_, 0, 1);
    grid_->addWidget(coronal_, 1, 0);
    grid_->addWidget(fourth_, 1, 1);
    for (int n = 0; n < 2; ++n) {
        // Four equal cells, whatever each view's content asks for.
        grid_->setColumnStretch(n, 1);
        grid_->setRowStretch(n, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(grid_, 1);

    connect(presets_, &QComboBox::activated, this, &SliceViewsPanel::applyPreset);
    auto fromSpinBoxes = [this] {
        state_->setWindowLevel({window_->value(), level_->value()});
        QSignalBlocker block(presets_);
        presets_->setCurrentIndex(3);
    };
    connect(window_, &QDoubleSpinBox::valueChanged, this, fromSpinBoxes);
    connect(level_, &QDoubleSpinBox::valueChanged, this, fromSpinBoxes);
    connect(state_, &ViewerState::displayChanged, this, &SliceViewsPanel::syncWindowLevelControls);
    connect(state_, &ViewerState::caseChanged, this, [this] {
        // CT in Hounsfield units opens with the abdomen window, like a radiology workstation; anything else
        // (MR, or CT already windowed to 8 bits) with the automatic percentile window.
        const auto data = state_->caseData();
        const bool hounsfieldCt = data && data->modality == "ct" && state_->windowLevel().lower() < -200.0;
        applyPreset(hounsfieldCt ? 1 : 0);
    });
    syncWindowLevelControls();
}

SliceView* SliceViewsPanel::view(SliceOrientation orientation) const {
    switch (orientation) {
    case SliceOrientation::Axial: return axial_;
    case SliceOrientation::Coronal: return coronal_;
    case SliceOrientation::Sagittal: return sagittal_;
    }
    return axial_;
}

void SliceViewsPanel::setFourthView(QWidget* widget) {
    if (!widget) return;
    grid_->removeWidget(fourth_);
    fourth_->deleteLater();
    fourth_ = widget;
    widget->setParent(this);
    // The four cells share the space equally: a wide tool bar inside the 3D view must not squeeze the slices.
    widget->setMinimumSize(120, 120);
    widget->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    grid_->addWidget(widget, 1, 1);
}

void SliceViewsPanel::applyPreset(int index) {
    {
        QSignalBlocker block(presets_);
        presets_->setCurrentIndex(index);
    }
    switch (index) {
    case 0: state_->setWindowLevel(WindowLevel::automatic(state_->image())); break;
    case 1: state_->setWindowLevel(WindowLevel::ctAbdomen()); break;
    case 2: state_->setWindowLevel(WindowLevel::ctSoftTissue()); break;
    default: break;
    }
}

void SliceViewsPanel::syncWindowLevelControls() {
    const QSignalBlocker blockWindow(window_);
    const QSignalBlocker blockLevel(level_);
    window_->setValue(state_->windowLevel().window);
    level_->setValue(state_->windowLevel().level);
}

} // namespace crossseg::ui
