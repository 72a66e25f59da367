// Replaced by the rendering layer's classes.
namespace crossseg::rendering { int placeholder() { return 0; } }
