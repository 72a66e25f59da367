#pragma once
// Reads a label file the user opens as a prediction of the case on display. A prediction holds class indices, a
// saved correction the dataset's own label codes: the coding is told from the file's values against the label map
// (CaseSource::detectCoding), and the user is asked only when both readings fit and the case's label cannot tell.
#include "ui/model/CaseData.h"
#include "ui/model/LabelCoding.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace crossseg::ui {

class PredictionFileReader {
    Q_DECLARE_TR_FUNCTIONS(PredictionFileReader)
public:
    struct Result {
        LabelVolume labels;   // class indices on the case's canonical grid
        LabelCoding coding;   // how the file was read
    };

    // Nothing when the user cancels the question. Throws InputError naming the file and the cause (wrong grid,
    // values that are neither class indices nor codes).
    static std::optional<Result> read(const QString& file, const CaseData& data, QWidget* parent);

private:
    static std::optional<LabelCoding> ask(const QString& file, QWidget* parent);
};

} // namespace crossseg::ui
