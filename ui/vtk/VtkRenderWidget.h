#pragma once
#include <QOpenGLWidget>
#include <QPoint>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkSmartPointer.h>

class vtkObject;
class vtkCallbackCommand;

namespace crossseg::ui {

// Hosts a VTK render window inside Qt6 (Debian's own VTK widget is built for Qt5). VTK renders into its own
// framebuffer in Qt's OpenGL context; paintGL copies the result into the widget's framebuffer. Mouse and keys
// go to a VTK interactor: left drag rotates, middle drag (or shift + left) pans, wheel or right drag zooms,
// 'r' resets the camera.
//
// Needs an OpenGL 3.2 core context: call QSurfaceFormat::setDefaultFormat(VtkRenderWidget::requiredFormat())
// before the QApplication is created.
class VtkRenderWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkRenderWidget(QWidget* parent = nullptr);
    ~VtkRenderWidget() override;

    static QSurfaceFormat requiredFormat();

    vtkGenericOpenGLRenderWindow* renderWindow() const { return renderWindow_; }
    vtkGenericRenderWindowInteractor* interactor() const { return interactor_; }

    // Schedules a repaint (use instead of renderWindow()->Render()).
    void requestRender() { update(); }

Q_SIGNALS:
    // A left click without a drag, in widget pixels (Qt's convention: origin top-left).
    void clicked(QPoint position);
    // The user pressed 'r'. Renderers were reset to show everything; listeners may choose a better view.
    void resetViewRequested();

protected:
    void initializeGL() override;
    void paintGL() override;
    void resizeGL(int width, int height) override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    static void onVtkEvent(vtkObject* caller, unsigned long eventId, void* clientData, void* callData);
    void setEventPosition(const QPointF& position, Qt::KeyboardModifiers modifiers, int repeat = 0);
    void cleanupGL();

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> renderWindow_;
    vtkSmartPointer<vtkGenericRenderWindowInteractor> interactor_;
    vtkSmartPointer<vtkCallbackCommand> callback_;
    bool initialised_ = false;
    bool inPaint_ = false;
    QPoint pressPosition_;
    bool leftPressed_ = false;
};

} // namespace crossseg::ui
