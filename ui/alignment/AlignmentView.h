#pragma once
#include "ui/model/GraySlice.h"
#include "core/preprocess/SliceCache.h"

#include <QWidget>

#include <functional>
#include <map>

class QLabel;
class QSlider;

namespace crossseg::ui {

class SliceHistogramPanel;

// The picture that explains the method: an MR slice, the same slice after the image alignment module (CT-like),
// and a CT slice, side by side with their intensity histograms. The cases are unpaired, so "the same position"
// means the same relative height in each volume; one slider moves all three. The generator runs on a worker thread
// (a paper-size IAM takes seconds per slice on a CPU), one slice at a time, then the one shown by then.
class AlignmentView : public QWidget {
    Q_OBJECT
public:
    // Called on a worker thread, never twice at once: it must own (or share) everything it uses.
    using Translator = std::function<GraySlice(const GraySlice& assistantSlice)>;

    explicit AlignmentView(QWidget* parent = nullptr);

    void setAssistantCase(const CaseSlices& slices, const QString& title);
    void setTargetCase(const CaseSlices& slices, const QString& title);
    // The IAM's translation; empty shows `unavailableMessage` in the middle column instead.
    void setTranslator(Translator translator, const QString& unavailableMessage = {});

    void setPosition(double fraction); // 0 = lowest slice, 1 = highest
    double position() const;
    int assistantSliceIndex() const;
    int targetSliceIndex() const;

    SliceHistogramPanel* assistantPanel() const { return assistantPanel_; }
    SliceHistogramPanel* translatedPanel() const { return translatedPanel_; }
    SliceHistogramPanel* targetPanel() const { return targetPanel_; }

    static GraySlice sliceOf(const CaseSlices& slices, int index);

Q_SIGNALS:
    void translationShown(int assistantSliceIndex);

private:
    void refresh();
    void translate(int assistantSliceIndex);
    void invalidateTranslations();

    CaseSlices assistant_, target_;
    Translator translator_;
    QString unavailableMessage_;
    std::map<int, GraySlice> translatedCache_; // assistant slice index -> translation (the generator is not free)
    bool translating_ = false;
    unsigned translatorGeneration_ = 0; // results of an older translator or case are dropped
    SliceHistogramPanel* assistantPanel_;
    SliceHistogramPanel* translatedPanel_;
    SliceHistogramPanel* targetPanel_;
    QSlider* slider_;
    QLabel* positionLabel_;
};

} // namespace crossseg::ui
