#include "ui/monitor/MetricChart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace crossseg::ui {

namespace {
// A long run keeps every point in the chart only up to this many per series; older points are thinned so
// that redraws stay cheap (every second point dropped).
constexpr int kMaxPointsPerSeries = 2000;
} // namespace

MetricChart::MetricChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent)
    : QChartView(parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(xTitle);
    xAxis_->setLabelFormat("%d");
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(yTitle);
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
    return s;
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
    xAxis_->setRange(0, xMax_);
    if (!fixedY_) {
        const double pad = std::max(1e-6, (yMax_ - yMin_) * 0.05);
        yAxis_->setRange(std::min(0.0, yMin_ - pad), yMax_ + pad);
    }
}

void MetricChart::clear() {
    for (QLineSeries* s : series_) chart()->removeSeries(s), delete s;
    series_.clear();
    pending_.clear();
    order_.clear();
    hasData_ = false;
    xMax_ = 1.0;
}

void MetricChart::setFixedYRange(double low, double high) {
    fixedY_ = true;
    yAxis_->setRange(low, high);
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
