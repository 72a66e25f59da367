#include "ui/review/PredictionFileReader.h"

#include "ui/model/CaseSource.h"
#include "core/util/InputError.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace crossseg::ui {

std::optional<PredictionFileReader::Result> PredictionFileReader::read(const QString& file, const CaseData& data,
                                                                       QWidget* parent) {
    const std::filesystem::path path = file.toStdString();
    const LabelVolume stored = CaseSource::readStoredLabels(path, data);
    const auto verdict = CaseSource::detectCoding(stored, data);
    LabelCoding coding = verdict.coding;
    if (coding == LabelCoding::Ambiguous) {
        const auto answer = ask(file, parent);
        if (!answer) return std::nullopt;
        coding = *answer;
    }
    if (coding == LabelCoding::Unknown) {
        std::string values;
        for (int value : verdict.unknownValues) values += (values.empty() ? "" : ", ") + std::to_string(value);
        throw InputError(path, "the values " + values + " are neither class indices nor label codes of modality " +
                                   data.modality);
    }
    return Result{CaseSource::toCanonicalClasses(stored, data, coding, path), coding};
}

std::optional<LabelCoding> PredictionFileReader::ask(const QString& file, QWidget* parent) {
    QMessageBox box(QMessageBox::Question, tr("Open prediction"),
                    tr("The values in %1 can be read as class indices (a prediction) or as the dataset's label "
                       "codes (a saved correction). How is it coded?").arg(QFileInfo(file).fileName()),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("labelCodingQuestion"));
    QPushButton* indices = box.addButton(tr("Class indices"), QMessageBox::AcceptRole);
    indices->setObjectName(QStringLiteral("classIndicesButton"));
    QPushButton* codes = box.addButton(tr("Dataset label codes"), QMessageBox::AcceptRole);
    codes->setObjectName(QStringLiteral("datasetCodesButton"));
    box.exec();
    if (box.clickedButton() == indices) return LabelCoding::ClassIndices;
    if (box.clickedButton() == codes) return LabelCoding::DatasetCodes;
    return std::nullopt;
}

} // namespace crossseg::ui
