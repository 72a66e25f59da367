#include "ui/alignment/AlignmentView.h"

#include "ui/alignment/IntensityHistogram.h"
#include "ui/alignment/SliceHistogramPanel.h"
#include "ui/tasks/BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace crossseg::ui {

namespace {
constexpr int kSliderSteps = 1000;

int indexAt(double fraction, int count) {
    if (count <= 0) return -1;
    return std::clamp(static_cast<int>(std::lround(fraction * (count - 1))), 0, count - 1);
}
} // namespace

AlignmentView::AlignmentView(QWidget* parent) : QWidget(parent) {
    setObjectName("alignmentView");
    assistantPanel_ = new SliceHistogramPanel(tr("MR (assistant)"), this);
    translatedPanel_ = new SliceHistogramPanel(tr("MR after the IAM (CT-like)"), this);
    targetPanel_ = new SliceHistogramPanel(tr("CT (target)"), this);
    assistantPanel_->histogram()->setColor(QColor(200, 90, 60));
    translatedPanel_->histogram()->setColor(QColor(150, 80, 170));
    targetPanel_->histogram()->setColor(QColor(60, 110, 200));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName("alignmentSlider");
    slider_->setRange(0, kSliderSteps);
    slider_->setValue(kSliderSteps / 2);
    positionLabel_ = new QLabel(this);
    positionLabel_->setObjectName("alignmentPositionLabel");

    auto* panels = new QHBoxLayout;
    panels->addWidget(assistantPanel_);
    panels->addWidget(translatedPanel_);
    panels->addWidget(targetPanel_);
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(new QLabel(tr("Slice position:"), this));
    sliderRow->addWidget(slider_, 1);
    sliderRow->addWidget(positionLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(panels, 1);
    layout->addLayout(sliderRow);
    connect(slider_, &QSlider::valueChanged, this, &AlignmentView::refresh);
}

GraySlice AlignmentView::sliceOf(const CaseSlices& slices, int index) {
    GraySlice slice;
    if (index < 0 || index >= slices.count) return slice;
    slice.width = slices.width;
    slice.height = slices.height;
    const std::size_t n = static_cast<std::size_t>(slices.width) * slices.height;
    slice.pixels.assign(slices.images.begin() + index * n, slices.images.begin() + (index + 1) * n);
    return slice;
}

void AlignmentView::setAssistantCase(const CaseSlices& slices, const QString& title) {
    assistant_ = slices;
    invalidateTranslations();
    assistantPanel_->setToolTip(title);
    refresh();
}

void AlignmentView::setTargetCase(const CaseSlices& slices, const QString& title) {
    target_ = slices;
    targetPanel_->setToolTip(title);
    refresh();
}

void AlignmentView::setTranslator(Translator translator, const QString& unavailableMessage) {
    translator_ = std::move(translator);
    unavailableMessage_ = unavailableMessage;
    invalidateTranslations();
    refresh();
}

void AlignmentView::setPosition(double fraction) {
    slider_->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * kSliderSteps)));
    refresh();
}

double AlignmentView::position() const { return static_cast<double>(slider_->value()) / kSliderSteps; }
int AlignmentView::assistantSliceIndex() const { return indexAt(position(), assistant_.count); }
int AlignmentView::targetSliceIndex() const { return indexAt(position(), target_.count); }

void AlignmentView::refresh() {
    const int a = assistantSliceIndex(), t = targetSliceIndex();
    positionLabel_->setText(tr("MR %1/%2, CT %3/%4").arg(a + 1).arg(assistant_.count).arg(t + 1).arg(target_.count));
    if (a >= 0) assistantPanel_->setSlice(sliceOf(assistant_, a));
    else assistantPanel_->setMessage(tr("no MR case"));
    if (t >= 0) targetPanel_->setSlice(sliceOf(target_, t));
    else targetPanel_->setMessage(tr("no CT case"));
    if (a < 0 || !translator_) {
        translatedPanel_->setMessage(unavailableMessage_.isEmpty() ? tr("no image alignment module")
                                                                   : unavailableMessage_);
        return;
    }
    const auto it = translatedCache_.find(a);
    if (it != translatedCache_.end()) {
        translatedPanel_->setSlice(it->second);
        Q_EMIT translationShown(a);
        return;
    }
    translatedPanel_->setMessage(tr("translating…"));
    translate(a);
}

void AlignmentView::invalidateTranslations() {
    translatedCache_.clear();
    ++translatorGeneration_;
}

void AlignmentView::translate(int index) {
    // One slice at a time; when it is done, refresh() asks for whatever slice is shown then, so a fast-moving
    // slider does not queue every slice it passed.
    if (translating_) return;
    translating_ = true;
    const unsigned generation = translatorGeneration_;
    BackgroundTask::run<GraySlice>(
        this, [translator = translator_, slice = sliceOf(assistant_, index)] { return translator(slice); },
        [this, index, generation](GraySlice& translated) {
            translating_ = false;
            if (generation == translatorGeneration_) translatedCache_[index] = std::move(translated);
            refresh(); // shows the result, or starts the slice shown now
        },
        [this, generation](const QString& message) {
            translating_ = false;
            if (generation == translatorGeneration_)
                translatedPanel_->setMessage(tr("translation failed: %1").arg(message));
            else
                refresh(); // the translator or case changed meanwhile: ask the new one
        });
}

} // namespace crossseg::ui
