#pragma once
// A crossseg::ProgressSink for work on a worker thread: each update becomes a signal, which Qt queues to the
// receivers' (GUI) thread. Hand it to TaskControl on the worker and connect progressed() to the status bar's
// TaskProgressIndicator.
#include "core/util/ProgressSink.h"

#include <QObject>
#include <QString>

namespace crossseg::ui {

class QueuedProgressSink : public QObject, public ProgressSink {
    Q_OBJECT
public:
    explicit QueuedProgressSink(QObject* parent = nullptr) : QObject(parent) {}
    void progress(const ProgressUpdate& update) override {
        Q_EMIT progressed(QString::fromStdString(update.stage), update.fraction, QString::fromStdString(update.message));
    }

Q_SIGNALS:
    void progressed(const QString& stage, double fraction, const QString& message);
};

} // namespace crossseg::ui
