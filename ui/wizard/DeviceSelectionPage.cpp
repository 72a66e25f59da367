#include "ui/wizard/DeviceSelectionPage.h"

#include "ui/model/ComputeDeviceList.h"
#include "ui/wizard/TrainingWizard.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace crossseg::ui {

DeviceSelectionPage::DeviceSelectionPage(TrainingWizard* wizard) : wizard_(wizard) {
    setTitle(tr("Device"));
    setSubTitle(tr("Train on the CPU or on a CUDA GPU. Only devices that this build of LibTorch can use are listed."));
    list_ = new QListWidget(this);
    list_->setObjectName("deviceList");
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_);
    connect(list_, &QListWidget::currentRowChanged, this, &DeviceSelectionPage::completeChanged);
}

void DeviceSelectionPage::initializePage() {
    list_->clear();
    int chosen = 0;
    for (const ComputeDevice& device : ComputeDeviceList::available()) {
        QString text = QString::fromStdString(device.name);
        if (device.memoryBytes > 0)
            text = tr("%1 - %2, %3 GiB").arg(QString::fromStdString(device.id), text)
                       .arg(static_cast<double>(device.memoryBytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
        auto* item = new QListWidgetItem(text, list_);
        item->setData(Qt::UserRole, QString::fromStdString(device.id));
        if (QString::fromStdString(device.id) == wizard_->choices().device) chosen = list_->count() - 1;
    }
    list_->setCurrentRow(chosen);
}

bool DeviceSelectionPage::isComplete() const { return list_->currentItem() != nullptr; }

bool DeviceSelectionPage::validatePage() {
    wizard_->choices().device = list_->currentItem()->data(Qt::UserRole).toString();
    return true;
}

} // namespace crossseg::ui
