// Out-of-line members of itk::DataObject.
#include "itkDataObject.h"

#include "itkProcessObject.h"

namespace itk
{
DataObject::DataObject() = default;
DataObject::~DataObject() = default;

const char *
DataObject::GetNameOfClass() const
{
  return "DataObject";
}

void
DataObject::Update()
{
  if (m_Source)
  {
    m_Source->Update();
  }
}

void
DataObject::Initialize()
{}
} // namespace itk
