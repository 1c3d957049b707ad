// Select options for the group enums, from the shared Danish labels.
import { AGE_BANDS, CADENCES, TOPICS, WEEKDAYS, ageBandLabel, cadenceLabel, topicLabel, weekdayLabel } from "@/lib/groups/labels";

export const topicOptions = TOPICS.map((value) => ({ value, label: topicLabel[value] }));
export const ageBandOptions = AGE_BANDS.map((value) => ({ value, label: ageBandLabel[value] }));
export const cadenceOptions = CADENCES.map((value) => ({ value, label: cadenceLabel[value] }));
export const weekdayOptions = WEEKDAYS.map((value) => ({ value: String(value), label: weekdayLabel[value] }));
