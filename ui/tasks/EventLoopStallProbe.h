#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace crossseg::ui {

// Measures how long the GUI thread's event loop was unable to run: a precise timer asks to be woken every few
// milliseconds and records how late each wake-up came. The longest delay is the longest freeze a user would
// have felt (a click or a repaint waits at most that long).
class EventLoopStallProbe : public QObject {
    Q_OBJECT
public:
    explicit EventLoopStallProbe(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();
    void reset();
    bool isRunning() const { return timer_.isActive(); }

    double maxStallMs() const { return maxStallMs_; }     // worst lateness beyond the interval
    double meanStallMs() const { return samples_ ? totalStallMs_ / samples_ : 0.0; }
    long long samples() const { return samples_; }

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    int intervalMs_;
    qint64 lastNs_ = 0;
    double maxStallMs_ = 0.0;
    double totalStallMs_ = 0.0;
    long long samples_ = 0;
};

} // namespace crossseg::ui
