#pragma once
#include "ui/model/GraySlice.h"

#include <QColor>
#include <QWidget>

#include <vector>

namespace crossseg::ui {

// The intensity histogram of one slice over the normalised range [-1, 1]. The y axis is logarithmic: the
// background peak would otherwise flatten the tissue peaks, which are what differs between MR and CT.
class IntensityHistogram : public QWidget {
    Q_OBJECT
public:
    explicit IntensityHistogram(QWidget* parent = nullptr);

    void setSlice(const GraySlice& slice);
    void setColor(const QColor& color) { color_ = color; update(); }
    const std::vector<int>& counts() const { return counts_; }

    static std::vector<int> countBins(const GraySlice& slice, int bins);

    QSize sizeHint() const override { return {240, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<int> counts_;
    QColor color_{60, 110, 200};
};

} // namespace crossseg::ui
