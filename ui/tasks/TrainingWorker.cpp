#include "ui/tasks/TrainingWorker.h"

#include "core/util/Log.h"
#include "core/util/TaskControl.h"

namespace crossseg::ui {

TrainingWorker::TrainingWorker(Job job, TaskControl* control, TrainingObserver* observer)
    : job_(std::move(job)), control_(control), observer_(observer) {}

void TrainingWorker::run() {
    try {
        job_(*control_, observer_);
        // The engine may end a cancelled run by returning (status "cancelled") rather than by throwing.
        Q_EMIT done(control_->isCancelRequested() ? QStringLiteral("cancelled") : QStringLiteral("finished"), {});
    } catch (const TaskCancelled&) {
        log::info("training cancelled by the user");
        Q_EMIT done(QStringLiteral("cancelled"), {});
    } catch (const std::exception& e) {
        // The thread must survive anything the engine throws: the GUI shows it and the run folder stays valid.
        log::error(std::string("training failed: ") + e.what());
        Q_EMIT done(QStringLiteral("failed"), QString::fromStdString(e.what()));
    }
}

} // namespace crossseg::ui
