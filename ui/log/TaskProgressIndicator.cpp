#include "ui/log/TaskProgressIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <cmath>

namespace crossseg::ui {

TaskProgressIndicator::TaskProgressIndicator(QWidget* parent) : QWidget(parent) {
    label_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setMaximumWidth(180);
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    bar_->hide();
}

bool TaskProgressIndicator::isBusy() const { return !bar_->isHidden(); }

QString TaskProgressIndicator::currentText() const { return label_->text(); }

void TaskProgressIndicator::showProgress(const QString& stage, double fraction, const QString& message) {
    label_->setText(message.isEmpty() ? stage : QStringLiteral("%1: %2").arg(stage, message));
    if (fraction < 0.0 || std::isnan(fraction)) {
        bar_->setRange(0, 0); // busy indicator
    } else {
        bar_->setRange(0, 1000);
        bar_->setValue(static_cast<int>(std::lround(std::min(1.0, fraction) * 1000)));
    }
    bar_->show();
}

void TaskProgressIndicator::finish(const QString& message) {
    bar_->hide();
    label_->setText(message);
}

} // namespace crossseg::ui
