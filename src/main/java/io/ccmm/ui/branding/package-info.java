/** Round › Report branding: the consultancy's and client's names, the logo and the accent colour of the reports. */
package io.ccmm.ui.branding;
