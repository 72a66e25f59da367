#include "ui/alignment/IntensityHistogram.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace crossseg::ui {

namespace {
constexpr int kBins = 64;
}

IntensityHistogram::IntensityHistogram(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(60);
    counts_.assign(kBins, 0);
}

std::vector<int> IntensityHistogram::countBins(const GraySlice& slice, int bins) {
    std::vector<int> counts(bins, 0);
    for (float v : slice.pixels) {
        if (!std::isfinite(v)) continue;
        const int bin = std::clamp(static_cast<int>((v + 1.0f) * 0.5f * bins), 0, bins - 1);
        ++counts[bin];
    }
    return counts;
}

void IntensityHistogram::setSlice(const GraySlice& slice) {
    counts_ = countBins(slice, kBins);
    update();
}

void IntensityHistogram::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -16);
    int peak = 0;
    for (int c : counts_) peak = std::max(peak, c);
    if (peak > 0) {
        const double top = std::log1p(static_cast<double>(peak));
        const double barWidth = area.width() / counts_.size();
        for (std::size_t i = 0; i < counts_.size(); ++i) {
            const double h = area.height() * std::log1p(static_cast<double>(counts_[i])) / top;
            painter.fillRect(QRectF(area.left() + i * barWidth, area.bottom() - h, std::max(1.0, barWidth - 0.5), h),
                             color_);
        }
    }
    painter.setPen(palette().text().color());
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawText(QRectF(area.left(), area.bottom() + 1, area.width(), 14), Qt::AlignLeft, QStringLiteral("-1"));
    painter.drawText(QRectF(area.left(), area.bottom() + 1, area.width(), 14), Qt::AlignHCenter, QStringLiteral("0"));
    painter.drawText(QRectF(area.left(), area.bottom() + 1, area.width(), 14), Qt::AlignRight, QStringLiteral("1"));
}

} // namespace crossseg::ui
