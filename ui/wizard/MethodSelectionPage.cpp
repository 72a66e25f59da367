#include "ui/wizard/MethodSelectionPage.h"

#include "ui/model/ProfileProposal.h"
#include "ui/wizard/TrainingWizard.h"
#include "core/learn/Method.h"
#include "core/learn/TrainingProfile.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <optional>
#include <set>
#include <vector>

namespace crossseg::ui {

namespace {
// The wizard's order: the full method first, then the ablation, then the baselines.
const std::vector<Method> kMethods = {Method::MkdIam, Method::Mkd, Method::TargetOnly, Method::AssistantOnly,
                                      Method::Joint};
} // namespace

QString MethodSelectionPage::methodDescription(const QString& name) {
    const std::optional<Method> method = MethodTraits::find(name.toStdString());
    if (!method) return {};
    switch (*method) {
    case Method::MkdIam:
        return tr("The full method: an image alignment module turns MR into CT-like images, then two segmentors "
                  "(S_real on CT, S_syn on aligned MR) teach each other; the ensemble of both predicts.");
    case Method::Mkd: return tr("Mutual distillation of the two segmentors without the alignment module.");
    case Method::TargetOnly: return tr("Baseline: one U-Net trained on the labelled target cases only.");
    case Method::AssistantOnly:
        return tr("Baseline: one U-Net trained on the assistant modality, applied to the target (no adaptation).");
    case Method::Joint: return tr("Baseline: one U-Net trained on target and assistant slices together.");
    }
    return {};
}

QString MethodSelectionPage::profileDescription(const QString& profile) {
    if (profile == "smoke") return tr("Seconds: a tiny network and a few iterations, to check that everything runs.");
    if (profile == "demo") return tr("A few minutes on a laptop CPU, sized for the demo phantom (64 x 64).");
    if (profile == "cpu-quick")
        return tr("A first look: 96 x 96 images and a short schedule (400 iterations) that stops before the networks "
                  "converge. About 1 minute (baseline) to 10 minutes (full method, alignment module included) on 2 CPU cores.");
    if (profile == "cpu-converged")
        return tr("For real data: the 96 x 96 networks trained to convergence (2400 iterations, the best checkpoint of "
                  "each model kept). Measured on 2 CPU cores (docs/RESULTS.md's grid): 8 to 22 minutes for one U-Net "
                  "(baseline), 48 to 73 minutes for the full method including its alignment module (about 80 with "
                  "the alignment module trained end to end, a command-line option); a GPU takes minutes.");
    if (profile == "paper") return tr("The paper's setting (256 x 256, deeper network): for a GPU.");
    return {};
}

MethodSelectionPage::MethodSelectionPage(TrainingWizard* wizard) : wizard_(wizard) {
    setTitle(tr("Method and profile"));
    setSubTitle(tr("What to train, how long, and from how many labelled target cases."));
    methodCombo_ = new QComboBox(this);
    methodCombo_->setObjectName("methodCombo");
    for (Method m : kMethods) {
        const QString name = QString::fromStdString(toString(m));
        methodCombo_->addItem(name, name);
    }
    profileCombo_ = new QComboBox(this);
    profileCombo_->setObjectName("profileCombo");
    for (const std::string& name : TrainingProfile::names()) {
        const QString p = QString::fromStdString(name);
        profileCombo_->addItem(p, p);
    }
    // A profile name, or a JSON file of overrides typed or chosen here: read by TrainingProfile::resolve, exactly
    // as the command line reads --profile.
    profileCombo_->setEditable(true);
    profileCombo_->setInsertPolicy(QComboBox::NoInsert);
    auto* profileFileButton = new QPushButton(tr("Profile file..."), this);
    profileFileButton->setObjectName("profileFileButton");
    connect(profileFileButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Training profile"), {},
                                                          tr("Profile (*.json);;All files (*)"));
        if (!file.isEmpty()) profileCombo_->setEditText(file);
    });
    profileErrorLabel_ = new QLabel(this);
    profileErrorLabel_->setObjectName("profileErrorLabel");
    profileErrorLabel_->setWordWrap(true);
    profileErrorLabel_->setStyleSheet("color: #b00020;");
    labeledTargetSpin_ = new QSpinBox(this);
    labeledTargetSpin_->setObjectName("labeledTargetSpin");
    seedSpin_ = new QSpinBox(this);
    seedSpin_->setObjectName("seedSpin");
    seedSpin_->setRange(0, 1000000);
    methodLabel_ = new QLabel(this);
    methodLabel_->setWordWrap(true);
    profileLabel_ = new QLabel(this);
    profileLabel_->setWordWrap(true);

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Method:"), methodCombo_);
    layout->addRow(methodLabel_);
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(profileCombo_, 1);
    profileRow->addWidget(profileFileButton);
    layout->addRow(tr("Profile:"), profileRow);
    layout->addRow(profileLabel_);
    layout->addRow(profileErrorLabel_);
    layout->addRow(tr("Labelled target cases (K):"), labeledTargetSpin_);
    layout->addRow(tr("Seed:"), seedSpin_);
    connect(methodCombo_, &QComboBox::currentIndexChanged, this, &MethodSelectionPage::updateDescriptions);
    connect(profileCombo_, &QComboBox::currentTextChanged, this, &MethodSelectionPage::updateDescriptions);
}

void MethodSelectionPage::initializePage() {
    TrainingChoices& c = wizard_->choices();
    if (c.profile.isEmpty()) {
        const Dataset* target = wizard_->targetDataset();
        c.profile = QString::fromStdString(target ? ProfileProposal::forTarget(*target) : std::string("cpu-quick"));
    }
    methodCombo_->setCurrentIndex(std::max(0, methodCombo_->findData(c.method)));
    if (profileCombo_->findData(c.profile) >= 0) profileCombo_->setCurrentIndex(profileCombo_->findData(c.profile));
    else profileCombo_->setEditText(c.profile); // a profile file
    // K can be at most the number of labelled target cases (the run carves validation cases from them too).
    // Test cases never train, so they do not count.
    int labelled = 0;
    if (const Dataset* target = wizard_->targetDataset()) {
        std::set<std::string> testCases;
        for (const auto& [split, ids] : target->splits)
            if (split.find("test") != std::string::npos) testCases.insert(ids.begin(), ids.end());
        for (const DatasetCase* tc : target->casesOfModality(c.targetModality.toStdString()))
            labelled += tc->hasLabel() && !testCases.count(tc->id) ? 1 : 0;
    }
    labeledTargetSpin_->setRange(1, std::max(1, labelled));
    labeledTargetSpin_->setValue(std::clamp(c.labeledTarget, 1, std::max(1, labelled)));
    seedSpin_->setValue(c.seed);
    updateDescriptions();
}

bool MethodSelectionPage::validatePage() {
    TrainingChoices& c = wizard_->choices();
    c.method = methodCombo_->currentData().toString();
    const QString profile = profileCombo_->currentText().trimmed();
    try {
        TrainingProfile::resolve(profile.toStdString()); // refuse here what the training would refuse later
    } catch (const std::exception& e) {
        profileErrorLabel_->setText(tr("This profile cannot be used: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    profileErrorLabel_->clear();
    c.profile = profile;
    c.labeledTarget = labeledTargetSpin_->value();
    c.seed = seedSpin_->value();
    return true;
}

void MethodSelectionPage::updateDescriptions() {
    methodLabel_->setText(methodDescription(methodCombo_->currentData().toString()));
    const QString profile = profileCombo_->currentText().trimmed();
    const QString named = profileDescription(profile);
    profileLabel_->setText(!named.isEmpty() ? named
                                            : tr("A profile file (JSON): overrides on a named profile, read as the "
                                                 "command line reads --profile."));
}

} // namespace crossseg::ui
