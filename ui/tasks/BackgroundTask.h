#pragma once
// Runs a piece of work on its own thread and hands the result (or the error message) back on the receiver's
// thread. If the receiver is destroyed first, the result is dropped (the connection dies with it).
#include <QObject>
#include <QString>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace crossseg::ui {

class BackgroundTask {
public:
    template <typename Result>
    static void run(QObject* receiver, std::function<Result()> work, std::function<void(Result&)> done,
                    std::function<void(const QString&)> failed) {
        struct Outcome {
            std::optional<Result> result;
            QString error;
        };
        auto outcome = std::make_shared<Outcome>();
        QThread* thread = QThread::create([work = std::move(work), outcome] {
            try {
                outcome->result.emplace(work());
            } catch (const std::exception& error) {
                outcome->error = QString::fromStdString(error.what());
            } catch (...) {
                outcome->error = QStringLiteral("unknown error");
            }
        });
        // finished() is emitted on the worker; connecting with the receiver as context queues the hand-over to
        // the receiver's thread, after the worker has written the outcome.
        QObject::connect(thread, &QThread::finished, receiver,
                         [outcome, done = std::move(done), failed = std::move(failed)] {
                             if (outcome->result)
                                 done(*outcome->result);
                             else
                                 failed(outcome->error);
                         });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    }
};

} // namespace crossseg::ui
