#pragma once
#include "ui/model/TeachingResults.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace crossseg::ui {

class AlignmentView;
class BackgroundTraining;
class IamTranslator;
class SegmentationComparison;

// Help -> Teaching demo: a guided walkthrough of cross-modality segmentation on the demo phantom. The first step
// prepares everything in the background (demo data, a small mkd-iam and a target-only training, predictions);
// the following steps explain, one picture each: the appearance gap between MR and CT, the IAM's translation,
// what S_real and S_syn each predict, their ensemble, and the target-only baseline beside them.
class TeachingDemo : public QWidget {
    Q_OBJECT
public:
    enum Step { Welcome, AppearanceGap, Translation, TwoSegmentors, Ensemble, Baseline, StepCount };

    explicit TeachingDemo(QWidget* parent = nullptr, const QString& profile = QStringLiteral("demo"));
    ~TeachingDemo() override;

    // Where the demo keeps its data, cache and runs (default: <user data>/teaching-demo) and how many cases per
    // modality it generates; set before startPreparation().
    void setWorkFolder(const QString& folder) { workFolder_ = folder; }
    void setCasesPerModality(int cases) { casesPerModality_ = cases; }
    void startPreparation();
    void showStep(int step);
    int currentStep() const { return step_; }
    bool isReady() const { return results_ != nullptr; }
    BackgroundTraining* preparation() const { return preparation_; }

    static QString stepTitle(int step);
    static QString stepExplanation(int step);

Q_SIGNALS:
    void ready();

private:
    void createWelcomePage();
    void connectSignals();
    void onPrepared(const QString& state, const QString& message);
    void updateButtons();

    QString profile_;
    QString workFolder_;
    int casesPerModality_ = 3;
    int step_ = Welcome;
    std::shared_ptr<TeachingResults> pending_;   // written by the preparation thread
    std::shared_ptr<TeachingResults> results_;   // set once the preparation finished
    std::shared_ptr<IamTranslator> translator_; // shared with the worker that translates a slice
    BackgroundTraining* preparation_;

    QListWidget* stepList_;
    QLabel* titleLabel_;
    QLabel* explanationLabel_;
    QStackedWidget* stack_;
    QWidget* welcomePage_;
    QLabel* preparationLabel_;
    QProgressBar* preparationBar_;
    QPushButton* prepareButton_;
    QComboBox* profileCombo_;
    AlignmentView* alignment_;
    SegmentationComparison* comparison_;
    QPushButton* backButton_;
    QPushButton* nextButton_;
};

} // namespace crossseg::ui
