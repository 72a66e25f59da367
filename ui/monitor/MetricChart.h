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
class MetricChart : public QChartView {
    Q_OBJECT
public:
    MetricChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent = nullptr);

    void addPoint(const QString& series, double x, double y);
    void clear();
    void flush();                                   // draws buffered points now (tests, screenshots)
    void setFixedYRange(double low, double high);   // Dice: 0..1

    QStringList seriesNames() const;
    int pointCount(const QString& series) const;    // drawn plus buffered

private:
    QLineSeries* seriesNamed(const QString& name);

    QHash<QString, QLineSeries*> series_;
    QHash<QString, QList<QPointF>> pending_;
    QStringList order_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QTimer flushTimer_;
    bool fixedY_ = false;
    double xMax_ = 1.0, yMin_ = 0.0, yMax_ = 1.0;
    bool hasData_ = false;
};

} // namespace crossseg::ui
