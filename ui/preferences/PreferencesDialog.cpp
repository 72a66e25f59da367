#include "ui/preferences/PreferencesDialog.h"

#include "ui/preferences/LanguageSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace crossseg::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    language_ = new QComboBox(this);
    language_->addItem(tr("System language"), QString());
    for (const QString& language : LanguageSettings::available())
        language_->addItem(LanguageSettings::displayName(language), language);
    language_->setCurrentIndex(std::max(0, language_->findData(LanguageSettings::chosen())));
    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), language_);
    auto* note = new QLabel(tr("A new language takes effect when CrossSeg Studio is started again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept() {
    LanguageSettings::choose(language_->currentData().toString());
    QDialog::accept();
}

} // namespace crossseg::ui
