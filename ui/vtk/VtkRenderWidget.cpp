#include "ui/vtk/VtkRenderWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>

namespace crossseg::ui {

VtkRenderWidget::VtkRenderWidget(QWidget* parent)
    : QOpenGLWidget(parent),
      renderWindow_(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()),
      interactor_(vtkSmartPointer<vtkGenericRenderWindowInteractor>::New()),
      callback_(vtkSmartPointer<vtkCallbackCommand>::New()) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setUpdateBehavior(QOpenGLWidget::NoPartialUpdate);
    setMinimumSize(160, 120);

    // VTK draws into its own framebuffers; paintGL copies the result into Qt's (no blit by VTK itself).
    renderWindow_->SetFrameBlitModeToNoBlit();
    renderWindow_->SetReadyForRendering(false); // until initializeGL has a context for it
    renderWindow_->SetMultiSamples(0);

    interactor_->SetRenderWindow(renderWindow_);
    interactor_->SetInteractorStyle(vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New());
    // The interactor must not render on its own: its RenderEvent schedules a Qt repaint instead.
    interactor_->EnableRenderOff();

    callback_->SetClientData(this);
    callback_->SetCallback(&VtkRenderWidget::onVtkEvent);
    renderWindow_->AddObserver(vtkCommand::WindowMakeCurrentEvent, callback_);
    renderWindow_->AddObserver(vtkCommand::WindowIsCurrentEvent, callback_);
    renderWindow_->AddObserver(vtkCommand::WindowFrameEvent, callback_);
    interactor_->AddObserver(vtkCommand::RenderEvent, callback_);
}

VtkRenderWidget::~VtkRenderWidget() {
    renderWindow_->RemoveObserver(callback_);
    interactor_->RemoveObserver(callback_);
    if (initialised_ && context()) {
        makeCurrent();
        cleanupGL();
        doneCurrent();
    }
}

QSurfaceFormat VtkRenderWidget::requiredFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setAlphaBufferSize(8);
    return format;
}

void VtkRenderWidget::onVtkEvent(vtkObject*, unsigned long eventId, void* clientData, void* callData) {
    auto* self = static_cast<VtkRenderWidget*>(clientData);
    QOpenGLContext* context = self->context();
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        // Only bind when not already current: rebinding inside paintGL would switch Qt's framebuffer under
        // VTK's cached state.
        if (context && QOpenGLContext::currentContext() != context) context->makeCurrent(context->surface());
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool*>(callData) = context && QOpenGLContext::currentContext() == context;
        break;
    case vtkCommand::WindowFrameEvent:
        // VTK rendered outside paintGL (someone called Render()): copy the new frame to the screen.
        if (!self->inPaint_) self->update();
        break;
    case vtkCommand::RenderEvent:
        self->update();
        break;
    default:
        break;
    }
}

void VtkRenderWidget::initializeGL() {
    if (initialised_) cleanupGL(); // the widget moved to another window: a new context
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
        makeCurrent();
        cleanupGL();
    }, Qt::DirectConnection);

    vtkOpenGLState* state = renderWindow_->GetState();
    state->Reset();
    state->Push();
    renderWindow_->SetOwnContext(false);
    renderWindow_->SetReadyForRendering(true);
    renderWindow_->SetForceMaximumHardwareLineWidth(1);
    renderWindow_->OpenGLInitContext();
    state->Pop();

    const qreal ratio = devicePixelRatioF();
    const int w = static_cast<int>(width() * ratio), h = static_cast<int>(height() * ratio);
    renderWindow_->SetSize(w, h);
    interactor_->SetSize(w, h);
    if (!interactor_->GetInitialized()) interactor_->Initialize();
    initialised_ = true;
}

void VtkRenderWidget::cleanupGL() {
    if (!initialised_) return;
    renderWindow_->ReleaseGraphicsResources(renderWindow_);
    renderWindow_->SetReadyForRendering(false);
    initialised_ = false;
}

void VtkRenderWidget::resizeGL(int width, int height) {
    const qreal ratio = devicePixelRatioF();
    const int w = static_cast<int>(width * ratio), h = static_cast<int>(height * ratio);
    renderWindow_->SetSize(w, h);
    interactor_->SetSize(w, h);
}

void VtkRenderWidget::paintGL() {
    if (!initialised_) return;
    vtkOpenGLState* state = renderWindow_->GetState();
    inPaint_ = true;
    state->Reset();
    state->Push();
    renderWindow_->Render();
    state->Pop();
    inPaint_ = false;

    // Copy VTK's display framebuffer into the widget's framebuffer.
    vtkOpenGLFramebufferObject* display = renderWindow_->GetDisplayFramebuffer();
    if (!display) return;
    QOpenGLExtraFunctions* gl = context()->extraFunctions();
    state->Reset();
    state->Push();
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    display->Bind(GL_READ_FRAMEBUFFER);
    display->ActivateReadBuffer(0);
    state->vtkglDisable(GL_SCISSOR_TEST);
    const int* size = renderWindow_->GetSize();
    gl->glBlitFramebuffer(0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT, GL_NEAREST);
    state->Pop();
}

void VtkRenderWidget::setEventPosition(const QPointF& position, Qt::KeyboardModifiers modifiers, int repeat) {
    const qreal ratio = devicePixelRatioF();
    interactor_->SetEventInformationFlipY(static_cast<int>(position.x() * ratio),
                                          static_cast<int>(position.y() * ratio),
                                          (modifiers & Qt::ControlModifier) ? 1 : 0,
                                          (modifiers & Qt::ShiftModifier) ? 1 : 0, 0, repeat);
    interactor_->SetAltKey((modifiers & Qt::AltModifier) ? 1 : 0);
}

void VtkRenderWidget::mousePressEvent(QMouseEvent* event) {
    setEventPosition(event->position(), event->modifiers(), 0);
    switch (event->button()) {
    case Qt::LeftButton:
        leftPressed_ = true;
        pressPosition_ = event->position().toPoint();
        interactor_->InvokeEvent(vtkCommand::LeftButtonPressEvent);
        break;
    case Qt::MiddleButton: interactor_->InvokeEvent(vtkCommand::MiddleButtonPressEvent); break;
    case Qt::RightButton: interactor_->InvokeEvent(vtkCommand::RightButtonPressEvent); break;
    default: break;
    }
    event->accept();
}

void VtkRenderWidget::mouseMoveEvent(QMouseEvent* event) {
    setEventPosition(event->position(), event->modifiers());
    interactor_->InvokeEvent(vtkCommand::MouseMoveEvent);
    event->accept();
}

void VtkRenderWidget::mouseReleaseEvent(QMouseEvent* event) {
    setEventPosition(event->position(), event->modifiers());
    switch (event->button()) {
    case Qt::LeftButton: {
        interactor_->InvokeEvent(vtkCommand::LeftButtonReleaseEvent);
        const bool wasClick =
            leftPressed_ && (event->position().toPoint() - pressPosition_).manhattanLength() <= 3;
        leftPressed_ = false;
        if (wasClick) Q_EMIT clicked(event->position().toPoint());
        break;
    }
    case Qt::MiddleButton: interactor_->InvokeEvent(vtkCommand::MiddleButtonReleaseEvent); break;
    case Qt::RightButton: interactor_->InvokeEvent(vtkCommand::RightButtonReleaseEvent); break;
    default: break;
    }
    event->accept();
}

void VtkRenderWidget::wheelEvent(QWheelEvent* event) {
    setEventPosition(event->position(), event->modifiers());
    const int delta = event->angleDelta().y();
    if (delta > 0) interactor_->InvokeEvent(vtkCommand::MouseWheelForwardEvent);
    else if (delta < 0) interactor_->InvokeEvent(vtkCommand::MouseWheelBackwardEvent);
    event->accept();
}

void VtkRenderWidget::keyPressEvent(QKeyEvent* event) {
    // Only 'r' is forwarded as a command: VTK's default keys ('w', 's', 'e', 'q', 'j', ...) would switch every
    // actor to wireframe or try to quit, which fights the panel's own settings.
    if (event->key() == Qt::Key_R && event->modifiers() == Qt::NoModifier) {
        vtkRendererCollection* renderers = renderWindow_->GetRenderers();
        renderers->InitTraversal();
        while (vtkRenderer* renderer = renderers->GetNextItem()) renderer->ResetCamera();
        Q_EMIT resetViewRequested();
        update();
        event->accept();
        return;
    }
    QOpenGLWidget::keyPressEvent(event);
}

void VtkRenderWidget::enterEvent(QEnterEvent* event) {
    interactor_->InvokeEvent(vtkCommand::EnterEvent);
    QOpenGLWidget::enterEvent(event);
}

void VtkRenderWidget::leaveEvent(QEvent* event) {
    interactor_->InvokeEvent(vtkCommand::LeaveEvent);
    QOpenGLWidget::leaveEvent(event);
}

} // namespace crossseg::ui
