#pragma once
// Copies between CrossSeg's ITK-free Volume and itk::Image, geometry included. Only core/io, core/dataset,
// core/phantom and core/eval may include this (they are the rooms that link ITK).
#include "core/image/Volume.h"

#include <itkImage.h>

#include <algorithm>

namespace crossseg {

class ItkImageBridge {
public:
    static VolumeGeometry geometryOf(const itk::ImageBase<3>& image) {
        VolumeGeometry g;
        const auto size = image.GetLargestPossibleRegion().GetSize();
        for (unsigned a = 0; a < 3; ++a) {
            g.size[a] = size[a];
            g.spacing[a] = image.GetSpacing()[a];
            g.origin[a] = image.GetOrigin()[a];
            for (unsigned c = 0; c < 3; ++c) g.direction[a * 3 + c] = image.GetDirection()(a, c);
        }
        return g;
    }

    static void applyGeometry(const VolumeGeometry& g, itk::ImageBase<3>& image) {
        typename itk::ImageBase<3>::RegionType region;
        typename itk::ImageBase<3>::SpacingType spacing;
        typename itk::ImageBase<3>::PointType origin;
        typename itk::ImageBase<3>::DirectionType direction;
        for (unsigned a = 0; a < 3; ++a) {
            region.SetSize(a, g.size[a]);
            region.SetIndex(a, 0);
            spacing[a] = g.spacing[a];
            origin[a] = g.origin[a];
            for (unsigned c = 0; c < 3; ++c) direction(a, c) = g.direction[a * 3 + c];
        }
        image.SetRegions(region);
        image.SetSpacing(spacing);
        image.SetOrigin(origin);
        image.SetDirection(direction);
    }

    // ITK's buffer is x-fastest like Volume's: a straight copy with a value conversion.
    template <typename TOut, typename TIn>
    static Volume<TOut> toVolume(const itk::Image<TIn, 3>& image) {
        Volume<TOut> volume(geometryOf(image));
        const TIn* source = image.GetBufferPointer();
        std::transform(source, source + volume.voxels().size(), volume.voxels().begin(),
                       [](TIn v) { return static_cast<TOut>(v); });
        return volume;
    }

    template <typename TOut, typename TIn>
    static typename itk::Image<TOut, 3>::Pointer toItk(const Volume<TIn>& volume) {
        auto image = itk::Image<TOut, 3>::New();
        applyGeometry(volume.geometry(), *image);
        image->Allocate();
        std::transform(volume.voxels().begin(), volume.voxels().end(), image->GetBufferPointer(),
                       [](TIn v) { return static_cast<TOut>(v); });
        return image;
    }
};

} // namespace crossseg
