#pragma once
#include <QMainWindow>

namespace crossseg::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace crossseg::ui
