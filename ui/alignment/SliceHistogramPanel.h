#pragma once
#include "ui/model/GraySlice.h"

#include <QWidget>

class QLabel;

namespace crossseg::ui {

class IntensityHistogram;

// A titled slice image with its intensity histogram underneath: one column of the alignment view.
class SliceHistogramPanel : public QWidget {
    Q_OBJECT
public:
    explicit SliceHistogramPanel(const QString& title, QWidget* parent = nullptr);

    void setSlice(const GraySlice& slice);
    void setMessage(const QString& message); // shown instead of an image (e.g. "no IAM in this run")
    const GraySlice& slice() const { return slice_; }
    IntensityHistogram* histogram() const { return histogram_; }

    static QImage toImage(const GraySlice& slice);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePixmap();

    GraySlice slice_;
    QLabel* titleLabel_;
    QLabel* imageLabel_;
    IntensityHistogram* histogram_;
};

} // namespace crossseg::ui
