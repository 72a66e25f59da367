#include "ui/teaching/TeachingDemo.h"

#include "ui/alignment/AlignmentView.h"
#include "ui/model/IamTranslator.h"
#include "ui/teaching/SegmentationComparison.h"
#include "ui/model/TeachingPipeline.h"
#include "ui/tasks/BackgroundTraining.h"
#include "core/util/Log.h"
#include "core/util/UserDataPaths.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crossseg::ui {

QString TeachingDemo::stepTitle(int step) {
    switch (step) {
    case Welcome: return tr("1. Prepare the demo");
    case AppearanceGap: return tr("2. The appearance gap");
    case Translation: return tr("3. Image alignment (IAM)");
    case TwoSegmentors: return tr("4. S_real and S_syn");
    case Ensemble: return tr("5. The ensemble");
    case Baseline: return tr("6. Against the target-only baseline");
    }
    return {};
}

QString TeachingDemo::stepExplanation(int step) {
    switch (step) {
    case Welcome:
        return tr("This demo generates a synthetic cardiac phantom in CT and MR, trains the full method (mkd-iam) "
                  "and a CT-only baseline with a small profile, and predicts a CT test case. Nothing is downloaded; "
                  "it takes a few minutes on a laptop CPU. Press Prepare to start.");
    case AppearanceGap:
        return tr("The same anatomy looks different in MR and CT: blood is bright in this MR and the intensity "
                  "histograms hardly overlap. A network trained on MR alone fails on CT, although the organs have "
                  "the same shapes. Move the slider: both volumes move to the same relative height.");
    case Translation:
        return tr("The image alignment module is a CycleGAN trained without any CT label: it turns each MR slice "
                  "into a CT-like slice (middle). Compare its histogram with the CT's: the appearance gap shrinks "
                  "while the anatomy, and so the MR label, stays where it was.");
    case TwoSegmentors:
        return tr("Two U-Nets learn side by side. S_real learns from the few labelled real CT slices; S_syn from "
                  "the many labelled MR slices after translation. Each also imitates the other's softened "
                  "predictions (knowledge distillation), on the other's images.");
    case Ensemble:
        return tr("At test time the two segmentors vote: the ensemble averages their class probabilities. It is "
                  "usually at least as good as the better of the two, and steadier.");
    case Baseline:
        return tr("The baseline trains one U-Net on the same few labelled CT cases only. The difference to the "
                  "ensemble is what the labelled MR contributed. (With the tiny demo profile the numbers are noisy; "
                  "the cpu-quick and cpu-converged profiles give fairer comparisons.)");
    }
    return {};
}

TeachingDemo::TeachingDemo(QWidget* parent, const QString& profile) : QWidget(parent, Qt::Window), profile_(profile) {
    setObjectName("teachingDemo");
    setWindowTitle(tr("Teaching demo"));
    preparation_ = new BackgroundTraining(this);

    stepList_ = new QListWidget(this);
    stepList_->setObjectName("teachingStepList");
    for (int s = 0; s < StepCount; ++s) stepList_->addItem(stepTitle(s));
    stepList_->setFixedWidth(240);
    titleLabel_ = new QLabel(this);
    QFont titleFont = titleLabel_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel_->setFont(titleFont);
    explanationLabel_ = new QLabel(this);
    explanationLabel_->setObjectName("teachingExplanation");
    explanationLabel_->setWordWrap(true);

    createWelcomePage();
    alignment_ = new AlignmentView(this);
    comparison_ = new SegmentationComparison(this);
    stack_ = new QStackedWidget(this);
    stack_->addWidget(welcomePage_);
    stack_->addWidget(alignment_);
    stack_->addWidget(comparison_);

    backButton_ = new QPushButton(tr("< Back"), this);
    nextButton_ = new QPushButton(tr("Next >"), this);
    nextButton_->setObjectName("teachingNextButton");
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(backButton_);
    buttons->addWidget(nextButton_);
    auto* content = new QVBoxLayout;
    content->addWidget(titleLabel_);
    content->addWidget(explanationLabel_);
    content->addWidget(stack_, 1);
    content->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(stepList_);
    layout->addLayout(content, 1);
    resize(1200, 700);

    connectSignals();
    showStep(Welcome);
}

// The first step's page: the profile to train with, Prepare, and how far the preparation is.
void TeachingDemo::createWelcomePage() {
    welcomePage_ = new QWidget(this);
    preparationLabel_ = new QLabel(welcomePage_);
    preparationLabel_->setWordWrap(true);
    preparationBar_ = new QProgressBar(welcomePage_);
    preparationBar_->setRange(0, 0);
    preparationBar_->hide();
    prepareButton_ = new QPushButton(tr("Prepare"), welcomePage_);
    prepareButton_->setObjectName("teachingPrepareButton");
    // demo is sized for the phantom: meaningful pictures in a few minutes. smoke shows every step in about a minute
    // but its tiny networks cannot learn much; cpu-quick is the abdomen-sized setting.
    profileCombo_ = new QComboBox(welcomePage_);
    profileCombo_->setObjectName("teachingProfileCombo");
    profileCombo_->addItem(tr("Demo (demo profile, a few minutes)"), QStringLiteral("demo"));
    profileCombo_->addItem(tr("Quick look (smoke profile, about a minute)"), QStringLiteral("smoke"));
    profileCombo_->addItem(tr("Convincing pictures (cpu-quick profile, 10-20 minutes)"), QStringLiteral("cpu-quick"));
    // The networks trained to convergence, as the wizard proposes for real data: the fairest comparison of the
    // ensemble with the baseline, for a class prepared the day before.
    profileCombo_->addItem(tr("Converged (cpu-converged profile, about an hour)"), QStringLiteral("cpu-converged"));
    profileCombo_->setCurrentIndex(std::max(0, profileCombo_->findData(profile_)));
    auto* prepareRow = new QHBoxLayout;
    prepareRow->addWidget(profileCombo_);
    prepareRow->addWidget(prepareButton_);
    prepareRow->addStretch(1);
    auto* welcomeLayout = new QVBoxLayout(welcomePage_);
    welcomeLayout->addLayout(prepareRow);
    welcomeLayout->addWidget(preparationBar_);
    welcomeLayout->addWidget(preparationLabel_);
    welcomeLayout->addStretch(1);
}

void TeachingDemo::connectSignals() {
    connect(prepareButton_, &QPushButton::clicked, this, &TeachingDemo::startPreparation);
    connect(backButton_, &QPushButton::clicked, this, [this] { showStep(step_ - 1); });
    connect(nextButton_, &QPushButton::clicked, this, [this] { showStep(step_ + 1); });
    connect(stepList_, &QListWidget::currentRowChanged, this, &TeachingDemo::showStep);
    connect(preparation_, &BackgroundTraining::progressReported, this,
            [this](const QString& stage, double, const QString& message) {
                preparationLabel_->setText(tr("Working: %1 %2").arg(stage, message));
            });
    connect(preparation_, &BackgroundTraining::iterationReported, this,
            [this](const crossseg::TrainingIterationReport& report) {
                preparationLabel_->setText(tr("Training (%1): iteration %2 of %3")
                                               .arg(QString::fromStdString(report.stage))
                                               .arg(report.iteration)
                                               .arg(report.totalIterations));
            });
    connect(preparation_, &BackgroundTraining::finished, this, &TeachingDemo::onPrepared);
}

TeachingDemo::~TeachingDemo() = default;

void TeachingDemo::startPreparation() {
    TeachingPipeline::Options options;
    options.workFolder = workFolder_.isEmpty() ? UserDataPaths::dataDirectory() / "teaching-demo"
                                               : std::filesystem::path(workFolder_.toStdString());
    options.profile = profileCombo_->currentData().toString().toStdString();
    options.casesPerModality = casesPerModality_;
    pending_ = std::make_shared<TeachingResults>();
    auto target = pending_;
    const QString runFolder = QString::fromStdString((options.workFolder / "runs").string());
    if (!preparation_->start([options, target](TaskControl& control, TrainingObserver* observer) {
            *target = TeachingPipeline::run(options, control, observer);
        }, runFolder))
        return;
    prepareButton_->setEnabled(false);
    profileCombo_->setEnabled(false);
    preparationBar_->show();
    preparationLabel_->setText(tr("Preparing..."));
}

void TeachingDemo::onPrepared(const QString& state, const QString& message) {
    preparationBar_->hide();
    prepareButton_->setEnabled(true);
    profileCombo_->setEnabled(true);
    if (state != "finished") {
        preparationLabel_->setText(tr("The preparation stopped: %1").arg(message.isEmpty() ? state : message));
        return;
    }
    results_ = pending_;
    preparationLabel_->setText(tr("Ready. Press Next."));
    try {
        const SliceCache cache = SliceCache::open(results_->cacheFolder);
        for (const SliceCacheCase& c : cache.cases()) {
            if (c.role == "assistant" && alignment_->assistantSliceIndex() < 0) alignment_->setAssistantCase(cache.load(c.id), QString::fromStdString(c.id));
            if (c.role == "target" && alignment_->targetSliceIndex() < 0) alignment_->setTargetCase(cache.load(c.id), QString::fromStdString(c.id));
        }
        translator_ = IamTranslator::load(results_->mutualRun);
    } catch (const std::exception& e) {
        log::warn(std::string("teaching demo: ") + e.what());
    }
    updateButtons();
    Q_EMIT ready();
}

void TeachingDemo::showStep(int step) {
    step = std::clamp(step, 0, StepCount - 1);
    if (step != Welcome && !results_) step = Welcome; // nothing to show before the preparation
    step_ = step;
    if (stepList_->currentRow() != step) {
        stepList_->blockSignals(true);
        stepList_->setCurrentRow(step);
        stepList_->blockSignals(false);
    }
    titleLabel_->setText(stepTitle(step));
    explanationLabel_->setText(stepExplanation(step));
    if (step == Welcome) {
        stack_->setCurrentWidget(welcomePage_);
    } else if (step == AppearanceGap || step == Translation) {
        if (step == Translation && translator_)
            alignment_->setTranslator([translator = translator_](const GraySlice& s) { return translator->translate(s); });
        else
            alignment_->setTranslator({}, step == AppearanceGap ? tr("(next step)") : tr("no image alignment module"));
        stack_->setCurrentWidget(alignment_);
    } else {
        const CaseData& data = *results_->testCase;
        const int slice = SegmentationComparison::mostInformativeSlice(data.reference);
        auto caption = [this](const QString& name, const std::string& key) {
            auto it = results_->meanDice.find(key);
            return it == results_->meanDice.end() ? name : tr("%1 - Dice %2").arg(name).arg(it->second, 0, 'f', 2);
        };
        auto labels = [this](const std::string& key) -> const LabelVolume* {
            auto it = results_->predictions.find(key);
            return it == results_->predictions.end() ? nullptr : &it->second;
        };
        std::vector<SegmentationComparison::Entry> entries{{tr("Reference"), &data.reference}};
        if (step == TwoSegmentors) {
            entries.push_back({caption(tr("S_real"), "real"), labels("real")});
            entries.push_back({caption(tr("S_syn"), "syn"), labels("syn")});
        } else if (step == Ensemble) {
            entries.push_back({caption(tr("S_real"), "real"), labels("real")});
            entries.push_back({caption(tr("S_syn"), "syn"), labels("syn")});
            entries.push_back({caption(tr("Ensemble"), "ensemble"), labels("ensemble")});
        } else {
            entries.push_back({caption(tr("Ensemble (mkd-iam)"), "ensemble"), labels("ensemble")});
            entries.push_back({caption(tr("Target-only"), "target-only"), labels("target-only")});
        }
        comparison_->showSlices(data.image, slice, entries);
        stack_->setCurrentWidget(comparison_);
    }
    updateButtons();
}

void TeachingDemo::updateButtons() {
    backButton_->setEnabled(step_ > 0);
    nextButton_->setEnabled(step_ < StepCount - 1 && results_ != nullptr);
}

} // namespace crossseg::ui
