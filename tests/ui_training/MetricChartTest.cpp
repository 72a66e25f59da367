// The training monitor's live charts: what a user reads off them (axis ranges and ticks, one colour per curve, the
// total and the means standing out, stacked charts sharing their x range).
#include "ui/monitor/MetricChart.h"

#include <QLineSeries>
#include <QSet>
#include <QValueAxis>
#include <QtTest/QtTest>

#include <cmath>

using crossseg::ui::MetricChart;

namespace {
// A tick step a reader can count in: 1, 2, 2.5 or 5 times a power of ten.
bool isRoundStep(double step) {
    if (!(step > 0.0)) return false;
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(mantissa - m) < 1e-6) return true;
    return false;
}

double tickStep(const QValueAxis* axis) { return (axis->max() - axis->min()) / (axis->tickCount() - 1); }
} // namespace

class MetricChartTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lossesStartAtZeroWithRoundTicks() {
        MetricChart chart("losses", "iteration", "loss");
        for (int i = 1; i <= 566; ++i) {
            chart.addPoint("sup", i, 0.2 + 5.7 * std::exp(-i / 100.0));
            chart.addPoint("kd", i, 0.013);
        }
        chart.flush();
        QCOMPARE(chart.yAxis()->min(), 0.0); // never a "-0.2" under losses that cannot be negative
        QVERIFY(chart.yAxis()->max() >= 5.9);
        QVERIFY2(isRoundStep(tickStep(chart.yAxis())), qPrintable(QString::number(tickStep(chart.yAxis()))));
        QVERIFY(chart.xAxis()->max() >= 566);
        QVERIFY2(isRoundStep(tickStep(chart.xAxis())), qPrintable(QString::number(tickStep(chart.xAxis()))));
    }

    void negativeValuesKeepTheirRange() {
        MetricChart chart("values", "iteration", "value");
        chart.addPoint("a", 1, -3.2);
        chart.addPoint("a", 2, 1.5);
        chart.flush();
        QVERIFY(chart.yAxis()->min() <= -3.2);
        QVERIFY(chart.yAxis()->max() >= 1.5);
    }

    void everyCurveHasItsOwnColourAndTheEmphasisedOnesAreThicker() {
        MetricChart chart("Dice", "iteration", "Dice");
        chart.emphasize("mean (ensemble)"); // before the series exists
        const QStringList names = {"myocardium",  "left_atrium", "left_ventricle", "right_atrium", "right_ventricle",
                                   "aorta",       "pulmonary",   "mean (ensemble)", "mean (real)",  "mean (syn)"};
        for (const QString& name : names) chart.addPoint(name, 10, 0.5);
        chart.flush();
        chart.emphasize("mean (real)"); // after it was drawn
        QSet<QRgb> colours;
        for (const QString& name : names) {
            QVERIFY2(chart.series(name), qPrintable(name));
            colours.insert(chart.series(name)->pen().color().rgb());
        }
        QCOMPARE(colours.size(), names.size());
        const double thin = chart.series("myocardium")->pen().widthF();
        QVERIFY(chart.series("mean (ensemble)")->pen().widthF() > thin);
        QVERIFY(chart.series("mean (real)")->pen().widthF() > thin);
        QCOMPARE(chart.series("mean (syn)")->pen().widthF(), thin);
    }

    void chartsOfOneRunShareThePlannedIterations() {
        // Losses arrive every iteration, validation every 150: with the run's length planned on both, the two
        // x axes are the same and a loss sits above the validation of the same iteration.
        MetricChart losses("losses", "iteration", "loss");
        MetricChart dice("Dice", "iteration", "Dice");
        dice.setFixedYRange(0.0, 1.0);
        losses.setXMaximum(2400);
        dice.setXMaximum(2400);
        for (int i = 1; i <= 170; ++i) losses.addPoint("total", i, 1.0);
        dice.addPoint("mean (single)", 150, 0.4);
        losses.flush();
        dice.flush();
        QCOMPARE(losses.xAxis()->min(), dice.xAxis()->min());
        QCOMPARE(losses.xAxis()->max(), dice.xAxis()->max());
        QVERIFY(losses.xAxis()->max() >= 2400);
        QCOMPARE(dice.yAxis()->max(), 1.0); // the fixed Dice range is kept

        losses.clear(); // a new run: the planned length is forgotten until the new run says its own
        losses.addPoint("total", 40, 1.0);
        losses.flush();
        QVERIFY(losses.xAxis()->max() < 2400);
    }
};

int runMetricChartTest(int argc, char** argv) {
    MetricChartTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "MetricChartTest.moc"
