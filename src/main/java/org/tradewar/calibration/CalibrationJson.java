package org.tradewar.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;

/** Writes and reads the calibration JSON; the field names are a contract with other tools. */
public final class CalibrationJson {
  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The result as pretty-printed JSON, ending with a newline. */
  public String write(CalibrationResult result) {
    try {
      return mapper.writeValueAsString(result) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a calibration", e);
    }
  }

  /** Reads a calibration file; BadInputException naming the file on any problem. */
  public CalibrationResult read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("calibration file not found: " + file);
    }
    try {
      CalibrationResult r = mapper.readValue(file.toFile(), CalibrationResult.class);
      if (r == null) {
        throw new BadInputException(file + ": empty calibration file");
      }
      return r;
    } catch (JsonProcessingException e) {
      throw new BadInputException(
          file
              + ": not a calibration file: "
              + e.getOriginalMessage().lines().findFirst().orElse("malformed JSON")
              + lineOf(e));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadInputException(file + ": not a calibration file: " + e.getMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + AtomicFiles.describe(e));
    }
  }

  private static String lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }
}
