#include "ui/monitor/MetricChart.h"

#include <QChart>
#include <QFont>
#include <QLegend>
#include <QPen>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace crossseg::ui {

namespace {
// A long run keeps every point in the chart only up to this many per series; older points are thinned so
// that redraws stay cheap (every second point dropped).
constexpr int kMaxPointsPerSeries = 2000;
constexpr int kLegendWidth = 170; // fits "pulmonary_artery" and "mean (ensemble)" with their markers
constexpr double kPenWidth = 1.5;
constexpr double kEmphasizedPenWidth = 3.0;

// Ten colours that stay distinct from each other on a white chart (the usual categorical palette of plotting
// tools); an eleventh series starts over.
QColor paletteColour(int index) {
    static const QRgb colours[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                   0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(colours[index % 10]);
}
// Sets the axis to a round range covering low..high with four to seven ticks a round step apart (1, 2, 2.5 or 5
// times a power of ten), so that a reader can count along it; Qt's applyNiceNumbers may double the range instead.
void setRoundRange(QValueAxis* axis, double low, double high) {
    if (!(high > low)) high = low + 1.0;
    const double rough = (high - low) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * power;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * power >= rough) {
            step = m * power;
            break;
        }
    const double first = std::floor(low / step + 1e-9) * step;
    const double last = std::ceil(high / step - 1e-9) * step;
    axis->setRange(first, last);
    axis->setTickCount(static_cast<int>(std::lround((last - first) / step)) + 1);
}
} // namespace

MetricChart::MetricChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent)
    : QChartView(parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMinimumWidth(kLegendWidth);
    chart->legend()->setMaximumWidth(kLegendWidth);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85); // ten Dice curves fit beside a chart of 180 px
    chart->legend()->setFont(legendFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(xTitle);
    xAxis_->setLabelFormat("%d");
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(yTitle);
    yAxis_->setLabelFormat("%.3g");
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    flushTimer_.setInterval(250);
    connect(&flushTimer_, &QTimer::timeout, this, &MetricChart::flush);
    flushTimer_.start();
}

QLineSeries* MetricChart::seriesNamed(const QString& name) {
    auto it = series_.find(name);
    if (it != series_.end()) return it.value();
    auto* s = new QLineSeries;
    s->setName(name);
    chart()->addSeries(s);
    s->attachAxis(xAxis_);
    s->attachAxis(yAxis_);
    series_.insert(name, s);
    styleSeries(s);
    return s;
}

void MetricChart::styleSeries(QLineSeries* s) const {
    QPen pen(paletteColour(static_cast<int>(order_.indexOf(s->name()))));
    pen.setWidthF(emphasized_.contains(s->name()) ? kEmphasizedPenWidth : kPenWidth);
    s->setPen(pen);
}

QLineSeries* MetricChart::series(const QString& name) const { return series_.value(name, nullptr); }

void MetricChart::emphasize(const QString& name) {
    if (emphasized_.contains(name)) return;
    emphasized_.append(name);
    if (QLineSeries* s = series(name)) styleSeries(s);
}

void MetricChart::setXMaximum(double maximum) {
    plannedXMax_ = maximum;
    fitAxes();
}

void MetricChart::addPoint(const QString& series, double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) return;
    if (!series_.contains(series) && !pending_.contains(series)) order_.append(series);
    pending_[series].append(QPointF(x, y));
}

void MetricChart::flush() {
    if (pending_.isEmpty()) return;
    // In order of first appearance, so that the legend lists classes as the engine reports them.
    for (const QString& name : order_) {
        auto it = pending_.find(name);
        if (it == pending_.end()) continue;
        QLineSeries* s = seriesNamed(it.key());
        QList<QPointF> points = s->points();
        points.append(it.value());
        if (points.size() > kMaxPointsPerSeries) {
            QList<QPointF> thinned;
            for (int i = 0; i < points.size(); i += 2) thinned.append(points[i]);
            if (thinned.last() != points.last()) thinned.append(points.last());
            points = thinned;
        }
        for (const QPointF& p : it.value()) {
            if (!hasData_) {
                yMin_ = yMax_ = p.y();
                hasData_ = true;
            }
            xMax_ = std::max(xMax_, p.x());
            yMin_ = std::min(yMin_, p.y());
            yMax_ = std::max(yMax_, p.y());
        }
        s->replace(points);
    }
    pending_.clear();
    fitAxes();
}

void MetricChart::fitAxes() {
    setRoundRange(xAxis_, 0.0, std::max(xMax_, plannedXMax_));
    if (fixedY_) return;
    // Losses are never negative: their axis starts at 0 rather than at a padded value below it.
    setRoundRange(yAxis_, yMin_ >= 0.0 ? 0.0 : yMin_, std::max(yMax_, yMin_ + 1e-6));
}

void MetricChart::clear() {
    for (QLineSeries* s : series_) chart()->removeSeries(s), delete s;
    series_.clear();
    pending_.clear();
    order_.clear();
    hasData_ = false;
    xMax_ = 1.0;
    plannedXMax_ = 0.0;
    yMin_ = 0.0;
    yMax_ = 1.0;
    fitAxes();
}

void MetricChart::setFixedYRange(double low, double high) {
    fixedY_ = true;
    setRoundRange(yAxis_, low, high);
}

QStringList MetricChart::seriesNames() const {
    QStringList names = series_.keys();
    for (auto it = pending_.begin(); it != pending_.end(); ++it)
        if (!names.contains(it.key())) names << it.key();
    names.sort();
    return names;
}

int MetricChart::pointCount(const QString& series) const {
    int n = pending_.value(series).size();
    if (auto it = series_.find(series); it != series_.end()) n += static_cast<int>(it.value()->count());
    return n;
}

} // namespace crossseg::ui
