package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dates of an assessment's life in time order; dates it does not have are listed as not set. Calendar dates show
 * as days, moments with their time and zone.
 */
final class DatesTimeline extends Div {

    /** One line: its text, and where it falls in time (a calendar date counts from the start of its day). */
    private record Entry(String label, @Nullable String text, @Nullable Instant at) {

        static Entry date(String label, @Nullable LocalDate date, UserTime time) {
            return new Entry(label, date == null ? null : time.date(date),
                    date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC));
        }

        static Entry moment(String label, @Nullable OffsetDateTime moment, UserTime time) {
            return new Entry(label, moment == null ? null : time.dateTime(moment),
                    moment == null ? null : moment.toInstant());
        }
    }

    DatesTimeline(AssessmentDates d, OffsetDateTime updated, UserTime time) {
        addClassName("dates-timeline");
        List<Entry> entries = new ArrayList<>(List.of(Entry.date(Texts.t("assessment.datesTimeline.windowOpens"),
                d.windowStart(), time),
                Entry.date(Texts.t("assessment.datesTimeline.windowCloses"), d.windowEnd(), time),
                        Entry.date(Texts.t("assessment.datesTimeline.due"), d.due(), time),
                Entry.date(Texts.t("assessment.datesTimeline.auditStart"), d.auditStart(), time),
                        Entry.date(Texts.t("assessment.datesTimeline.auditEnd"), d.auditEnd(), time),
                Entry.moment(Texts.t("assessment.datesTimeline.started"), d.started(), time),
                        Entry.moment(Texts.t("assessment.datesTimeline.submitted"), d.submitted(), time),
                Entry.moment(Texts.t("assessment.datesTimeline.completed"), d.completed(), time),
                        Entry.moment(Texts.t("assessment.datesTimeline.reopened"), d.reopened(), time),
                Entry.moment(Texts.t("assessment.datesTimeline.lastUpdated"), updated, time)));
        var list = new OrderedList();
        entries.stream().filter(e -> e.at() != null).sorted(Comparator.comparing(Entry::at))
                .forEach(e -> list.add(item(e.label(), e.text(), true)));
        entries.stream().filter(e -> e.at() == null).forEach(e -> list.add(item(e.label(),
                Texts.t("assessment.datesTimeline.notSet"), false)));
        add(list);
    }

    private static ListItem item(String label, @Nullable String value, boolean set) {
        var l = new Span(label);
        l.addClassName("timeline-label");
        var v = new Span(value == null ? "" : value);
        v.addClassName("timeline-value");
        var item = new ListItem(l, v);
        item.addClassName(set ? "timeline-set" : "timeline-unset");
        return item;
    }
}
