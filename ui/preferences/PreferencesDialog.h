#pragma once
// Preferences: the interface language (applied at the next start).
#include <QDialog>

class QComboBox;

namespace crossseg::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    QComboBox* languageBox() const { return language_; }
    void accept() override; // stores the choice

private:
    QComboBox* language_;
};

} // namespace crossseg::ui
