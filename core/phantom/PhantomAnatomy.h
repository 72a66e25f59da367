#pragma once
#include "core/phantom/Ellipsoid.h"
#include "core/phantom/PhantomTissue.h"
#include "core/phantom/TubePath.h"

namespace crossseg {

// One synthetic patient: a thorax with lungs, spine, sternum, diaphragm and liver, and a heart built from
// ellipsoids (chambers, myocardial wall) and tubes (great vessels), all in patient space (LPS, millimetres;
// x to the patient's left, y to the back, z to the head). Independent of any voxel grid: the same anatomy can
// be rasterised onto the CT grid, the MR grid or a high-resolution grid. Made by AnatomySampler.
struct PhantomAnatomy {
    // Thorax: an elliptic cylinder along z; subcutaneous fat, then a muscular wall, then the thoracic cavity.
    Vector3 bodyCentre;
    double bodyRadiusX = 40.0, bodyRadiusY = 30.0;
    double fatThickness = 2.5, wallThickness = 3.0;
    // Spine: vertebral bodies (cortex + marrow) separated by discs along z, the canal behind them.
    Vector3 vertebraCentre;
    double vertebraRadius = 6.0, cortexThickness = 1.0;
    double vertebraPeriod = 9.0, discThickness = 2.0, vertebraPhase = 0.0;
    Vector3 canalCentre;
    double canalRadius = 3.0;
    Ellipsoid sternum; // a flattened bone plate in the anterior wall (its z extent covers the volume)
    // Diaphragm: a dome per side (height as a function of x, y); below it liver (right) and abdomen (left).
    double rightDomeTop = -20.0, leftDomeTop = -26.0, domeWidth = 25.0, domeDrop = 18.0;
    Vector3 rightDomeCentre, leftDomeCentre;
    // Mediastinum: a midline band of fat between sternum and spine (the vessels and airway run through it).
    Ellipsoid mediastinum;

    // Heart. MM-WHS structures first; the myocardium is the LV wall, cut open at the base (basalCut along the
    // LV's long axis, measured from the LV centre) where the atrium and the aorta attach.
    Ellipsoid leftVentricle, myocardiumOuter;
    double basalCut = -10.0;
    Ellipsoid rightVentricle, leftAtrium, rightAtrium;
    TubePath ascendingAorta;
    TubePath pulmonaryTrunk, leftPulmonaryArtery, rightPulmonaryArtery;
    double rightVentricleWall = 1.2; // unlabelled free wall around the RV
    double epicardialFat = 1.5;      // fat around the chambers
    // Unlabelled vessels and airway.
    TubePath aorticArch, descendingAorta, superiorVenaCava, trachea;

    // The tissue at a point (labelled heart structures take precedence in a fixed order).
    PhantomTissue tissueAt(const Vector3& p) const;

private:
    PhantomTissue heartTissueAt(const Vector3& p) const;
    PhantomTissue thoraxTissueAt(const Vector3& p) const;
    bool insideHeartEnvelope(const Vector3& p) const;
};

} // namespace crossseg
