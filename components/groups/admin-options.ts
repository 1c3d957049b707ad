// Select options for the group enums, from the shared Danish labels. Topics come from their list
// (lib/topics/topics.ts topicOptions), passed to the form.
import { GROUP_FORMATS, formatLabel } from "@/lib/groups/place";
import { AGE_BANDS, CADENCES, WEEKDAYS, ageBandLabel, cadenceLabel, weekdayLabel } from "@/lib/groups/labels";

export const ageBandOptions = AGE_BANDS.map((value) => ({ value, label: ageBandLabel[value] }));
export const cadenceOptions = CADENCES.map((value) => ({ value, label: cadenceLabel[value] }));
export const weekdayOptions = WEEKDAYS.map((value) => ({ value: String(value), label: weekdayLabel[value] }));
export const formatOptions = GROUP_FORMATS.map((value) => ({ value, label: formatLabel[value] }));
