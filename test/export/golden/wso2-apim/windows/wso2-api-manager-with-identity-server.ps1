# Portolan Windows Firewall rule set: WSO2 API Manager with Identity Server
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Integration platform
# Change ticket: CHG-2077
# Scope: every flow, firewall-relevant only. This file: all zones, 8 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# Warnings:
# - Rows left out because the document gives no port number: R003 (A random TCP port opens at server startup because of the -Dcom.sun.management.jmxremote
#   property set in the server startup script, used for the JMX monitoring facility in JVM.: random TCP port opened at server startup; changes every start).
# - Rows left out because source and destination share no address family (IPv4/IPv6): R008 (IPv4 to IPv6); R009 (IPv4 to IPv6).
# These rules only allow: the profile must block inbound connections by default (Windows does unless a policy changed it).
# Check with Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction; set it with
# Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block.
# A remote address of 'Any' means every IPv4 AND every IPv6 address.
# Run on each destination host as Administrator: .\wso2-api-manager-with-identity-server.ps1 -HostName '<host>'
# Remove: Remove-NetFirewallRule -Group '<the group below>'
#Requires -RunAsAdministrator
param(
  [Parameter(Mandatory = $true)]
  [string] $HostName
)
$ErrorActionPreference = 'Stop'
$Group = 'Portolan WSO2 API Manager with Identity Server'
$Known = @(
  'anl1'
  'apim1'
  'is1'
)

# Host names compare as the design keys them: Unicode NFC, invisible characters removed, case ignored.
$HostName = ($HostName.Normalize([Text.NormalizationForm]::FormC) -replace '[\p{Cc}\p{Cf}]', '').Trim()
switch -Exact ($HostName) {

  # ---- Host: APIM Analytics (anl1) in Analytics: 2001:db8:20::7
  'anl1' {
    # R001: Publish Analytics to the API Manager Analytics server. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § API Manager)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R001' -DisplayName 'Portolan R001 Publish Analytics to the API Manager Analytics server.' -Description 'R001: Publish Analytics to the API Manager Analytics server. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § API Manager)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7612' -RemoteAddress '2001:db8:10::5' -Profile Any | Out-Null
    # R002: Thrift SSL port for secure transport when publishing analytics to the API Manager Analytics server (7711 + Port offset of the APIM Analytics Server).
    #   (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § API Manager)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R002' -DisplayName 'Portolan R002 Thrift SSL port for secure transport when publishing analytics to the API Manager Analytics server (771...' -Description 'R002: Thrift SSL port for secure transport when publishing analytics to the API Manager Analytics server (7711 + Port offset of the APIM Analytics Server). (WSO2, WSO2 Administration Guide 4.4.x: "...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7711' -RemoteAddress '2001:db8:10::5' -Profile Any | Out-Null
    # R006: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration
    #   Guide 4.4.x: "Default Ports of WSO2 Products", § JMX monitoring ports)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R006' -DisplayName 'Portolan R006 RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is...' -Description 'R006: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Produ...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '9999' -RemoteAddress '2001:db8:99::/64' -Profile Any | Out-Null
    # R007: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2
    #   Products", § JMX monitoring ports)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R007' -DisplayName 'Portolan R007 RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole.' -Description 'R007: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § JMX monitoring ports)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '11111' -RemoteAddress '2001:db8:99::/64' -Profile Any | Out-Null
  }

  # ---- Host: API Manager (apim1) in API DMZ: 2001:db8:10::5
  'apim1' {
    # R004: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration
    #   Guide 4.4.x: "Default Ports of WSO2 Products", § JMX monitoring ports)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R004' -DisplayName 'Portolan R004 RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is...' -Description 'R004: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Produ...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '10000' -RemoteAddress '2001:db8:99::/64' -Profile Any | Out-Null
    # R005: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2
    #   Products", § JMX monitoring ports)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R005' -DisplayName 'Portolan R005 RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole.' -Description 'R005: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § JMX monitoring ports)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '11112' -RemoteAddress '2001:db8:99::/64' -Profile Any | Out-Null
  }

  # ---- Host: Identity Server (is1) in Identity: 10.40.0.10
  'is1' {
    # R010: Used in WSO2 products that provide an embedded LDAP server. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § LDAP server ports)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R010' -DisplayName 'Portolan R010 Used in WSO2 products that provide an embedded LDAP server.' -Description 'R010: Used in WSO2 products that provide an embedded LDAP server. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § LDAP server ports)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '10389' -RemoteAddress '172.16.0.0/12' -Profile Any | Out-Null
    # R011: ThriftEntitlementReceivePort. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § Identity Server)
    New-NetFirewallRule -Name 'Portolan-wso2-api-manager-with-identity-server-R011' -DisplayName 'Portolan R011 ThriftEntitlementReceivePort.' -Description 'R011: ThriftEntitlementReceivePort. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § Identity Server)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '10500' -RemoteAddress '172.16.0.0/12' -Profile Any | Out-Null
  }

  default { throw ('No rules for host ' + $HostName + '. Hosts in this script: ' + ($Known -join ', ')) }
}
