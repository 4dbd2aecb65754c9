// The C++ side of TransformTests: reads the volume the test wrote, resamples it through an Euler 3D transform about its
// centre, and writes each point <-> index conversion the test makes, so C# and C++ are compared bit for bit.
#include <cstdio>
#include <iostream>
#include <string>

#include "itkEuler3DTransform.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkResampleImageFilter.h"

using VolumeType = itk::Image<float, 3>;

int
main(int argc, char * argv[])
{
  if (argc != 3)
  {
    std::cerr << "usage: real_itk_transforms_reference input.mha output-folder\n";
    return 2;
  }
  const std::string out = argv[2];
  try
  {
    auto reader = itk::ImageFileReader<VolumeType>::New();
    reader->SetFileName(argv[1]);
    reader->Update();
    VolumeType::Pointer volume = reader->GetOutput();

    // The same centre the test takes: the physical point of the volume's middle continuous index.
    const auto size = volume->GetLargestPossibleRegion().GetSize();
    itk::ContinuousIndex<double, 3> middle;
    for (unsigned int i = 0; i < 3; ++i)
    {
      middle[i] = (static_cast<double>(size[i]) - 1.0) / 2.0;
    }
    auto center = volume->TransformContinuousIndexToPhysicalPoint<double, double>(middle);

    auto transform = itk::Euler3DTransform<double>::New();
    transform->SetRotation(0.1, -0.2, 0.3);
    transform->SetCenter(center);
    itk::Euler3DTransform<double>::OutputVectorType translation;
    translation[0] = 1.5;
    translation[1] = -2.0;
    translation[2] = 0.5;
    transform->SetTranslation(translation);

    auto resample = itk::ResampleImageFilter<VolumeType, VolumeType, double>::New();
    resample->SetInput(volume);
    resample->SetTransform(transform);
    resample->SetReferenceImage(volume);
    resample->SetUseReferenceImage(true);
    auto writer = itk::ImageFileWriter<VolumeType>::New();
    writer->SetInput(resample->GetOutput());
    writer->SetFileName(out + "/euler3d.mha");
    writer->Update();

    // One line a conversion, every double printed so it reads back exactly.
    FILE * file = std::fopen((out + "/conversions.txt").c_str(), "w");
    const double points[][3] = { { 10.0, -5.0, 2.5 }, { 13.7, -1.25, 9.0 }, { 4.2, 3.3, -6.6 }, { 11.11, -4.4, 20.0 } };
    for (const auto & coordinates : points)
    {
      VolumeType::PointType point;
      for (unsigned int i = 0; i < 3; ++i)
      {
        point[i] = coordinates[i];
      }
      const auto index = volume->TransformPhysicalPointToIndex<double>(point);
      const auto continuous = volume->TransformPhysicalPointToContinuousIndex<double, double>(point);
      const auto back = volume->TransformIndexToPhysicalPoint<double>(index);
      VolumeType::IndexType inside;
      const bool isInside = volume->TransformPhysicalPointToIndex<double>(point, inside);
      std::fprintf(file, "%ld %ld %ld %.17g %.17g %.17g %.17g %.17g %.17g %d\n", static_cast<long>(index[0]), static_cast<long>(index[1]),
                   static_cast<long>(index[2]), continuous[0], continuous[1], continuous[2], back[0], back[1], back[2], isInside ? 1 : 0);
    }
    std::fclose(file);
  }
  catch (const itk::ExceptionObject & error)
  {
    std::cerr << error << '\n';
    return 1;
  }
  return 0;
}
