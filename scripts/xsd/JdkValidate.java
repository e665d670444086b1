// Dev-time oracle for scripts/xsd/jdk-differential.ts: validates documents with the JDK's XML Schema
// validator (javax.xml.validation), as the reference verdicts in ../shared/corpus/expected.json were made.
// Run as a single-file program (JDK 11+): java JdkValidate.java <xsd root>, with lines
// "<schema path relative to the xsd root>\t<document path>" on standard input; prints one line per
// document: "<document path>\tVALID" or "<document path>\t<line>:<first error>".
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public class JdkValidate {
  public static void main(String[] args) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Map<String, Schema> schemas = new HashMap<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
    String line;
    while ((line = in.readLine()) != null) {
      String[] parts = line.split("\t");
      Schema schema = schemas.get(parts[0]);
      if (schema == null) {
        schema = factory.newSchema(new File(args[0], parts[0]));
        schemas.put(parts[0], schema);
      }
      Validator v = schema.newValidator();
      List<String> errors = new ArrayList<>();
      v.setErrorHandler(new ErrorHandler() {
        public void warning(SAXParseException e) {}
        public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getMessage()); }
        public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ":not well-formed: " + e.getMessage()); }
      });
      try {
        v.validate(new StreamSource(new File(parts[1])));
      } catch (Exception e) {
        if (errors.isEmpty()) errors.add("0:" + e.getMessage());
      }
      System.out.println(parts[1] + "\t" + (errors.isEmpty() ? "VALID" : errors.get(0).replace('\t', ' ').replace('\n', ' ')));
    }
  }
}
