package org.backboneplanner.worksheet.exports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.worksheet.debrief.DebriefAnswer;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.resources.PooledResource;

/**
 * Everything one printed worksheet shows: the initiative with its worksheet, the version it is based on (or
 * null), the resources partners pooled for it and the group's debrief answers by question key, in one language.
 */
record Printout(Initiative initiative, String versionName, List<PooledResource> resources,
                Map<String, DebriefAnswer> answers, ExportText text, LocalDate today) {
}
