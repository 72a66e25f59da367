#pragma once
#include "core/preprocess/SliceCache.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace crossseg::ui {

class AlignmentView;
class IamTranslator;

// A window around the alignment view for one run: choose an MR and a CT case of the run's slice cache and look at
// what the run's image alignment module makes of the MR.
class AlignmentWindow : public QWidget {
    Q_OBJECT
public:
    explicit AlignmentWindow(const QString& runDirectory, QWidget* parent = nullptr);
    ~AlignmentWindow() override;

    AlignmentView* view() const { return view_; }

private:
    void showAssistantCase(int index);
    void showTargetCase(int index);

    SliceCache cache_;
    std::shared_ptr<IamTranslator> translator_; // shared with the worker that translates a slice
    QComboBox* assistantCombo_;
    QComboBox* targetCombo_;
    QLabel* statusLabel_;
    AlignmentView* view_;
};

} // namespace crossseg::ui
