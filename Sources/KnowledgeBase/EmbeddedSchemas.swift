/// The format's XSDs, compiled into `kb`.
///
/// Exists so that any folder can be validated and imported into, even an empty one that has no
/// `schema/` yet; `kb import` writes these into the folder it creates. They are the same bytes as
/// `Knowledge/schema/*.xsd` (a test compares them), which remain the copies editors use with
/// their own tools.
enum EmbeddedSchemas {
    /// File name → content, in dependency order.
    static let files: [(name: String, content: String)] = [
        (
            "xml.xsd",
            #"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- The xml: namespace attributes used by the Vägvisare schemas (a local copy,
     so that validation never reaches the network). -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang">
    <xs:simpleType>
      <xs:union memberTypes="xs:language">
        <xs:simpleType>
          <xs:restriction base="xs:string">
            <xs:enumeration value=""/>
          </xs:restriction>
        </xs:simpleType>
      </xs:union>
    </xs:simpleType>
  </xs:attribute>
</xs:schema>
"""#
        ),
        (
            "article.xsd",
            #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Vägvisare article schema (urn:vagvisare:article:1).
  The machine-readable form of the interchange contract: one <article> per file,
  the file name being its id. Element order is fixed (canonical order).
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns="urn:vagvisare:article:1"
           targetNamespace="urn:vagvisare:article:1"
           elementFormDefault="qualified">

  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>

  <xs:simpleType name="Id">
    <xs:restriction base="xs:string">
      <xs:pattern value="[a-z0-9\-]{1,80}"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Text">
    <xs:restriction base="xs:string">
      <xs:minLength value="1"/>
      <xs:pattern value=".*\S.*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Date">
    <xs:restriction base="xs:date">
      <xs:pattern value="\d{4}-\d{2}-\d{2}"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Status">
    <xs:restriction base="xs:string">
      <xs:enumeration value="draft"/>
      <xs:enumeration value="published"/>
      <xs:enumeration value="archived"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="AudienceMember">
    <xs:restriction base="xs:string">
      <xs:enumeration value="guide"/>
      <xs:enumeration value="librarian"/>
      <xs:enumeration value="public"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Audience">
    <xs:restriction>
      <xs:simpleType>
        <xs:list itemType="AudienceMember"/>
      </xs:simpleType>
      <xs:minLength value="1"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="Reference">
    <xs:attribute name="ref" type="Id" use="required"/>
  </xs:complexType>

  <xs:complexType name="Referral">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="ref" type="Id" use="required"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="Steps">
    <xs:sequence>
      <xs:element name="step" type="Text" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="List">
    <xs:sequence>
      <xs:element name="item" type="Text" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

  <!-- Running text: paragraphs, numbered steps and bullet lists, text only. -->
  <xs:complexType name="Blocks">
    <xs:choice maxOccurs="unbounded">
      <xs:element name="p" type="Text"/>
      <xs:element name="steps" type="Steps"/>
      <xs:element name="list" type="List"/>
    </xs:choice>
  </xs:complexType>

  <xs:complexType name="Questions">
    <xs:sequence>
      <xs:element name="question" type="Text" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Keywords">
    <xs:sequence>
      <xs:element name="keyword" type="Text" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

  <xs:element name="article">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="title" type="Text"/>
        <xs:element name="summary" type="Text"/>
        <xs:element name="body" type="Blocks"/>
        <xs:element name="easy-read" type="Blocks" minOccurs="0"/>
        <xs:element name="questions" type="Questions" minOccurs="0"/>
        <xs:element name="keywords" type="Keywords" minOccurs="0"/>
        <xs:element name="category" type="Text"/>
        <xs:element name="audience" type="Audience" minOccurs="0"/>
        <xs:element name="owner" type="Reference"/>
        <xs:element name="refer" type="Referral" minOccurs="0" maxOccurs="unbounded"/>
        <xs:element name="related" type="Reference" minOccurs="0" maxOccurs="unbounded"/>
        <xs:element name="legal-basis" type="Text" minOccurs="0" maxOccurs="unbounded"/>
        <xs:element name="reviewed" type="Date" minOccurs="0"/>
        <xs:element name="review-by" type="Date" minOccurs="0"/>
      </xs:sequence>
      <xs:attribute name="id" type="Id" use="required"/>
      <xs:attribute ref="xml:lang"/>
      <xs:attribute name="status" type="Status" default="published"/>
      <xs:attribute name="revision" type="xs:positiveInteger" default="1"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""#
        ),
        (
            "registers.xsd",
            #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Vägvisare register schema (urn:vagvisare:registers:1): owners (förvaltningar
  with a contact), units a caller can be referred to, and synonyms (everyday
  word → formal term). Ids are unique within their register.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns="urn:vagvisare:registers:1"
           xmlns:r="urn:vagvisare:registers:1"
           targetNamespace="urn:vagvisare:registers:1"
           elementFormDefault="qualified">

  <xs:simpleType name="Id">
    <xs:restriction base="xs:string">
      <xs:pattern value="[a-z0-9\-]{1,80}"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Text">
    <xs:restriction base="xs:string">
      <xs:minLength value="1"/>
      <xs:pattern value=".*\S.*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:element name="owners">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="owner" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="name" type="Text"/>
              <xs:element name="contact" type="Text"/>
              <xs:element name="email" type="Text" minOccurs="0"/>
              <xs:element name="phone" type="Text" minOccurs="0"/>
            </xs:sequence>
            <xs:attribute name="id" type="Id" use="required"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
    <xs:unique name="uniqueOwnerId">
      <xs:selector xpath="r:owner"/>
      <xs:field xpath="@id"/>
    </xs:unique>
  </xs:element>

  <xs:element name="units">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="unit" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="name" type="Text"/>
              <xs:element name="phone" type="Text" minOccurs="0"/>
              <xs:element name="email" type="Text" minOccurs="0"/>
              <xs:element name="hours" type="Text" minOccurs="0"/>
              <xs:element name="address" type="Text" minOccurs="0"/>
              <xs:element name="web" type="Text" minOccurs="0"/>
            </xs:sequence>
            <xs:attribute name="id" type="Id" use="required"/>
            <xs:attribute name="owner" type="Id" use="required"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
    <xs:unique name="uniqueUnitId">
      <xs:selector xpath="r:unit"/>
      <xs:field xpath="@id"/>
    </xs:unique>
  </xs:element>

  <xs:element name="synonyms">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="synonym" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="Text">
                <xs:attribute name="term" type="Text" use="required"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""#
        ),
        (
            "bundle.xsd",
            #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Vägvisare bundle schema (urn:vagvisare:bundle:1): what `kb export` writes and `kb import`
  reads back. A bundle holds the registers (each optional) followed by any number of articles,
  each element in its own namespace exactly as in the single-file documents.
  This schema also declares, through its imports, every other root element of the format,
  so one compiled schema validates articles, registers and bundles alike.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:a="urn:vagvisare:article:1"
           xmlns:r="urn:vagvisare:registers:1"
           targetNamespace="urn:vagvisare:bundle:1"
           elementFormDefault="qualified">

  <xs:import namespace="urn:vagvisare:article:1" schemaLocation="article.xsd"/>
  <xs:import namespace="urn:vagvisare:registers:1" schemaLocation="registers.xsd"/>

  <xs:element name="bundle">
    <xs:complexType>
      <xs:sequence>
        <xs:element ref="r:owners" minOccurs="0"/>
        <xs:element ref="r:units" minOccurs="0"/>
        <xs:element ref="r:synonyms" minOccurs="0"/>
        <xs:element ref="a:article" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <!-- The day the bundle was written, and the owner it was limited to (if any). -->
      <xs:attribute name="created" type="xs:date" use="required"/>
      <xs:attribute name="owner" type="xs:string"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""#
        ),
    ]
}
