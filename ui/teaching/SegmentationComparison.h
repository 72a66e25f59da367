#pragma once
#include "core/image/Volume.h"

#include <QImage>
#include <QWidget>

#include <vector>

class QGridLayout;

namespace crossseg::ui {

// Several segmentations of the same CT slice side by side (each with its caption, e.g. "S_real - Dice 0.71"),
// drawn as coloured overlays on the grey image. Used by the teaching demo to compare the models.
class SegmentationComparison : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString caption;
        const LabelVolume* labels = nullptr; // on the image's grid; nullptr shows the image alone
    };

    explicit SegmentationComparison(QWidget* parent = nullptr);

    // Shows axial slice `slice` of `image` under each entry's labels.
    void showSlices(const ImageVolume& image, int slice, const std::vector<Entry>& entries);
    int panelCount() const { return panelCount_; }

    // The axial slice where the reference shows the most foreground (the most telling one to look at).
    static int mostInformativeSlice(const LabelVolume& reference);
    static QImage render(const ImageVolume& image, int slice, const LabelVolume* labels);

private:
    QGridLayout* grid_;
    int panelCount_ = 0;
};

} // namespace crossseg::ui
