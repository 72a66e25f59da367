#pragma once
#include "core/image/Volume.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace crossseg {
class TaskControl;
}

namespace crossseg::ui {

class TrainingEventRelay;

// Segments one image with a trained run on a worker thread (Predictor), reporting progress, so that the GUI
// stays responsive; the labels come back on the image's grid.
class BackgroundPrediction : public QObject {
    Q_OBJECT
public:
    explicit BackgroundPrediction(QObject* parent = nullptr);
    ~BackgroundPrediction() override; // cancels and waits

    // model: "" for the run's default (the ensemble for mkd/mkd-iam). Returns false when one is running.
    bool start(const QString& runDirectory, std::shared_ptr<const ImageVolume> image, const QString& caseId,
               const QString& model = {}, const QString& device = QStringLiteral("cpu"));
    void cancel();
    bool isRunning() const { return thread_ != nullptr; }

Q_SIGNALS:
    void progressReported(const QString& stage, double fraction, const QString& message);
    // The image's intensities do not fit the model's training convention (a CT model given 8-bit values, an MR
    // model given HU): the prediction still runs, but the user must be told why it may be wrong. Emitted before
    // finished().
    void intensityMismatch(const QString& caseId, const QString& sentence);
    void finished(const QString& caseId, std::shared_ptr<crossseg::LabelVolume> labels);
    void failed(const QString& caseId, const QString& message);

private:
    void onThreadFinished();

    QThread* thread_ = nullptr;
    std::unique_ptr<TaskControl> control_;
    std::unique_ptr<TrainingEventRelay> relay_;
    QString caseId_;
    std::shared_ptr<LabelVolume> result_;
    QString error_;
    QString mismatch_;
};

} // namespace crossseg::ui
