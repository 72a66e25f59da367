#include "ui/log/LogPanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <mutex>
#include <vector>

namespace crossseg::ui {
namespace {

// One listener for all panels, registered once and never removed: crossseg::log may still be calling a listener
// on another thread right after removeListener() returns, so the context it uses must outlive every panel.
class LogRelay {
public:
    static LogRelay& instance() {
        static LogRelay* relay = [] {
            auto* created = new LogRelay;
            log::addListener(&LogRelay::receive, created);
            return created;
        }();
        return *relay;
    }
    void attach(LogPanel* panel) {
        std::lock_guard<std::mutex> lock(mutex_);
        panels_.push_back(panel);
    }
    void detach(LogPanel* panel) {
        std::lock_guard<std::mutex> lock(mutex_);
        panels_.erase(std::remove(panels_.begin(), panels_.end(), panel), panels_.end());
    }

private:
    static void receive(log::Level level, const std::string& message, void* context) {
        auto* relay = static_cast<LogRelay*>(context);
        const QString text = QString::fromStdString(message);
        std::lock_guard<std::mutex> lock(relay->mutex_);
        for (LogPanel* panel : relay->panels_) {
            // Queued: the panel's widgets are touched on the GUI thread only; Qt drops the call if the panel
            // is destroyed before it runs.
            QMetaObject::invokeMethod(panel, "append", Qt::QueuedConnection, Q_ARG(int, static_cast<int>(level)),
                                      Q_ARG(QString, text));
        }
    }
    std::mutex mutex_;
    std::vector<LogPanel*> panels_;
};

QString levelName(int level) {
    switch (static_cast<log::Level>(level)) {
    case log::Level::Debug: return LogPanel::tr("debug");
    case log::Level::Info: return LogPanel::tr("info");
    case log::Level::Warning: return LogPanel::tr("warning");
    case log::Level::Error: return LogPanel::tr("error");
    case log::Level::Off: break;
    }
    return {};
}

} // namespace

LogPanel::LogPanel(QWidget* parent) : QWidget(parent) {
    view_ = new QPlainTextEdit(this);
    view_->setObjectName(QStringLiteral("logText"));
    view_->setReadOnly(true);
    view_->setMaximumBlockCount(5000);
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    minimumLevel_ = new QComboBox(this);
    minimumLevel_->addItems({tr("Debug"), tr("Info"), tr("Warning"), tr("Error")});
    minimumLevel_->setCurrentIndex(1);
    auto* clear = new QPushButton(tr("Clear"), this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show from level:"), this));
    controls->addWidget(minimumLevel_);
    controls->addStretch();
    controls->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(controls);
    layout->addWidget(view_, 1);
    connect(clear, &QPushButton::clicked, view_, &QPlainTextEdit::clear);
    LogRelay::instance().attach(this);
}

LogPanel::~LogPanel() { LogRelay::instance().detach(this); }

QString LogPanel::text() const { return view_->toPlainText(); }

int LogPanel::lineCount() const { return view_->document()->isEmpty() ? 0 : view_->blockCount(); }

void LogPanel::append(int level, const QString& message) {
    if (level < minimumLevel_->currentIndex()) return;
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    QString line = QStringLiteral("%1 [%2] %3").arg(time, levelName(level), message.toHtmlEscaped());
    if (level >= static_cast<int>(log::Level::Error))
        line = QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(line);
    else if (level == static_cast<int>(log::Level::Warning))
        line = QStringLiteral("<span style=\"color:#b9770e\">%1</span>").arg(line);
    view_->appendHtml(line);
}

} // namespace crossseg::ui
