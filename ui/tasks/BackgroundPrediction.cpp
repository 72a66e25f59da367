#include "ui/tasks/BackgroundPrediction.h"

#include "core/learn/Predictor.h"
#include "ui/tasks/TrainingEventRelay.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <QThread>

namespace crossseg::ui {

BackgroundPrediction::BackgroundPrediction(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<crossseg::LabelVolume>>();
}

BackgroundPrediction::~BackgroundPrediction() {
    if (thread_) {
        control_->requestCancel();
        thread_->wait();
        delete thread_;
    }
}

bool BackgroundPrediction::start(const QString& runDirectory, std::shared_ptr<const ImageVolume> image,
                                 const QString& caseId, const QString& model, const QString& device) {
    if (thread_) return false;
    relay_ = std::make_unique<TrainingEventRelay>();
    control_ = std::make_unique<TaskControl>(relay_.get());
    connect(relay_.get(), &TrainingEventRelay::progressReported, this, &BackgroundPrediction::progressReported);
    caseId_ = caseId;
    result_.reset();
    error_.clear();
    mismatch_.clear();
    const std::filesystem::path run = runDirectory.toStdString();
    const std::string modelName = model.toStdString(), deviceName = device.toStdString();
    TaskControl* control = control_.get();
    // The thread writes result_/error_/mismatch_ only; they are read after QThread::finished, which orders the accesses.
    thread_ = QThread::create([this, run, image, modelName, deviceName, control] {
        try {
            control->report("predict", 0.0, "loading " + run.string());
            auto predictor = Predictor::load(run, deviceName);
            mismatch_ = QString::fromStdString(predictor->intensityMismatch(*image));
            const std::string chosen = modelName.empty() ? predictor->defaultModel() : modelName;
            result_ = std::make_shared<LabelVolume>(predictor->predict(*image, chosen, control));
        } catch (const TaskCancelled&) {
            error_ = tr("Prediction cancelled.");
        } catch (const std::exception& e) {
            log::error(std::string("prediction failed: ") + e.what());
            error_ = QString::fromStdString(e.what());
        }
    });
    thread_->setObjectName("prediction");
    connect(thread_, &QThread::finished, this, &BackgroundPrediction::onThreadFinished, Qt::QueuedConnection);
    thread_->start();
    return true;
}

void BackgroundPrediction::cancel() {
    if (control_) control_->requestCancel();
}

void BackgroundPrediction::onThreadFinished() {
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    if (!mismatch_.isEmpty()) Q_EMIT intensityMismatch(caseId_, mismatch_);
    if (result_) Q_EMIT finished(caseId_, result_);
    else Q_EMIT failed(caseId_, error_);
}

} // namespace crossseg::ui
