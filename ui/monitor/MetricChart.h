#pragma once
#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace crossseg::ui {

// A live line chart of named series (loss terms, Dice per class). Points are buffered and drawn a few times a
// second: redrawing on every report would cost the GUI thread more than the training reports are worth.
// Axes use round tick values; a chart of non-negative values starts at 0; each series has its own colour from a
// palette of distinct ones, and emphasised series (a total, a mean) are drawn thicker. The legend has a fixed
// width, so that charts stacked in one column share their plot area's left and right edges.
class MetricChart : public QChartView {
    Q_OBJECT
public:
    MetricChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent = nullptr);

    void addPoint(const QString& series, double x, double y);
    void clear();
    void flush();                                   // draws buffered points now (tests, screenshots)
    void setFixedYRange(double low, double high);   // Dice: 0..1
    // The x axis spans at least 0..maximum (e.g. the run's planned iterations), so that charts of one run line up.
    void setXMaximum(double maximum);
    void emphasize(const QString& series);          // drawn thicker than the others (now or when it appears)

    QLineSeries* series(const QString& name) const; // nullptr until the series' first points are drawn
    QValueAxis* xAxis() const { return xAxis_; }
    QValueAxis* yAxis() const { return yAxis_; }

    QStringList seriesNames() const;
    int pointCount(const QString& series) const;    // drawn plus buffered

private:
    QLineSeries* seriesNamed(const QString& name);
    void styleSeries(QLineSeries* series) const;
    void fitAxes();

    QHash<QString, QLineSeries*> series_;
    QHash<QString, QList<QPointF>> pending_;
    QStringList order_;
    QStringList emphasized_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QTimer flushTimer_;
    bool fixedY_ = false;
    double xMax_ = 1.0, plannedXMax_ = 0.0, yMin_ = 0.0, yMax_ = 1.0;
    bool hasData_ = false;
};

} // namespace crossseg::ui
